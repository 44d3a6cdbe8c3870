package content

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// fastTOML decodes the plain TOML that report files are written in into
// the map toml.Decode would give, several times faster; ok is false for
// anything else, which is then left to BurntSushi/toml.
//
// toml.Decode works through reflect, and loading is the largest part of a
// build after rendering. Report files use a small part of TOML: comments, [table] and [[array]] headers with bare keys,
// key = value with bare keys, and as values integers, decimals written
// with a point, basic and literal strings without escapes, booleans, local
// dates, arrays and one-line inline tables. That part, and nothing else, is
// read here. Every other construct (escapes, multi-line strings, dotted or
// quoted keys, exponents, underscores, times, headers through arrays of
// tables) and every error, duplicate keys and tables included, returns
// ok=false, so that what a file means and the errors it gets are always
// BurntSushi/toml's. FuzzFastTOML and TestFastTOMLMatches hold the two to
// the same result.
func fastTOML(src string) (m map[string]any, ok bool) {
	if !utf8.ValidString(src) {
		return nil, false
	}
	p := &fastParser{src: src, root: map[string]any{}, explicit: map[string]bool{}, fixed: map[string]bool{}}
	p.table = p.root
	if !p.document() {
		return nil, false
	}
	return p.root, true
}

type fastParser struct {
	src      string
	i        int
	root     map[string]any
	table    map[string]any // the table keys are added to
	path     string         // its dotted path
	explicit map[string]bool
	fixed    map[string]bool // inline tables, by path: no header may open them
}

func (p *fastParser) document() bool {
	for {
		p.spaces()
		if p.i >= len(p.src) {
			return true
		}
		switch c := p.src[p.i]; {
		case c == '#' || c == '\r' || c == '\n':
		case c == '[':
			if !p.header() {
				return false
			}
		case isBare(c):
			if !p.keyValue(p.table, p.path) {
				return false
			}
		default:
			return false
		}
		if !p.lineEnd() {
			return false
		}
	}
}

// lineEnd consumes spaces, a comment and the line break (or the end).
func (p *fastParser) lineEnd() bool {
	p.spaces()
	if p.i < len(p.src) && p.src[p.i] == '#' {
		for p.i < len(p.src) && p.src[p.i] != '\n' {
			c := p.src[p.i]
			if (c < 0x20 && c != '\t' && c != '\r') || c == 0x7f {
				return false
			}
			if c == '\r' && (p.i+1 >= len(p.src) || p.src[p.i+1] != '\n') {
				return false
			}
			p.i++
		}
	}
	switch {
	case p.i >= len(p.src):
		return true
	case p.src[p.i] == '\n':
		p.i++
		return true
	case p.src[p.i] == '\r' && p.i+1 < len(p.src) && p.src[p.i+1] == '\n':
		p.i += 2
		return true
	}
	return false
}

func (p *fastParser) spaces() {
	for p.i < len(p.src) && (p.src[p.i] == ' ' || p.src[p.i] == '\t') {
		p.i++
	}
}

func isBare(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'
}

func (p *fastParser) bareKey() (string, bool) {
	start := p.i
	for p.i < len(p.src) && isBare(p.src[p.i]) {
		p.i++
	}
	return p.src[start:p.i], p.i > start
}

// header reads [a.b] or [[a.b]] and makes that table the current one.
func (p *fastParser) header() bool {
	array := strings.HasPrefix(p.src[p.i:], "[[")
	if array {
		p.i += 2
	} else {
		p.i++
	}
	var parts []string
	for {
		k, ok := p.bareKey()
		if !ok {
			return false
		}
		parts = append(parts, k)
		if p.i < len(p.src) && p.src[p.i] == '.' {
			p.i++
			continue
		}
		break
	}
	closing := "]"
	if array {
		closing = "]]"
	}
	if !strings.HasPrefix(p.src[p.i:], closing) {
		return false
	}
	p.i += len(closing)
	t, path := p.root, ""
	for _, k := range parts[:len(parts)-1] {
		path = join(path, k)
		if p.fixed[path] {
			return false
		}
		switch v := t[k].(type) {
		case nil:
			sub := map[string]any{}
			t[k] = sub
			t = sub
		case map[string]any:
			t = v
		default:
			return false // through an array of tables, or into a value
		}
	}
	last := parts[len(parts)-1]
	path = join(path, last)
	if p.fixed[path] {
		return false
	}
	if array {
		switch v := t[last].(type) {
		case nil:
			t[last] = []map[string]any{{}}
		case []map[string]any:
			t[last] = append(v, map[string]any{})
		default:
			return false
		}
		arr := t[last].([]map[string]any)
		p.table = arr[len(arr)-1]
		// Keys of this element may not be reached by a later header:
		// such a header would go through the array.
		p.path = path + "[]"
		return true
	}
	if p.explicit[path] {
		return false
	}
	switch v := t[last].(type) {
	case nil:
		sub := map[string]any{}
		t[last] = sub
		p.table = sub
	case map[string]any:
		p.table = v
	default:
		return false
	}
	p.explicit[path] = true
	p.path = path
	return true
}

// keyValue reads key = value into t.
func (p *fastParser) keyValue(t map[string]any, path string) bool {
	k, ok := p.bareKey()
	if !ok {
		return false
	}
	p.spaces()
	if p.i >= len(p.src) || p.src[p.i] != '=' {
		return false
	}
	p.i++
	p.spaces()
	if _, dup := t[k]; dup {
		return false
	}
	v, ok := p.value(path, k)
	if !ok {
		return false
	}
	t[k] = v
	return true
}

// value reads the value of key k in the table at path. Other values than
// inline tables need no record against headers: a header that reaches
// one finds it is not a table.
func (p *fastParser) value(path, k string) (any, bool) {
	if p.i >= len(p.src) {
		return nil, false
	}
	switch c := p.src[p.i]; {
	case c == '"' || c == '\'':
		return p.str(c)
	case c == '[':
		return p.array(path, k)
	case c == '{':
		full := join(path, k)
		p.fixed[full] = true
		return p.inlineTable(full)
	case c == 't' || c == 'f':
		for _, word := range [...]string{"true", "false"} {
			if strings.HasPrefix(p.src[p.i:], word) && p.delimited(p.i+len(word)) {
				p.i += len(word)
				return word == "true", true
			}
		}
		return nil, false
	case c == '-' || '0' <= c && c <= '9':
		return p.number()
	}
	return nil, false
}

// delimited reports whether a bare value may end before src[j].
func (p *fastParser) delimited(j int) bool {
	if j >= len(p.src) {
		return true
	}
	switch p.src[j] {
	case ' ', '\t', '\r', '\n', ',', ']', '}', '#':
		return true
	}
	return false
}

// str reads a one-line string without escapes, quoted by q.
func (p *fastParser) str(q byte) (any, bool) {
	if strings.HasPrefix(p.src[p.i:], string([]byte{q, q})) {
		return nil, false // empty, or a multi-line string: left to the library
	}
	start := p.i + 1
	for j := start; j < len(p.src); j++ {
		c := p.src[j]
		switch {
		case c == q:
			s := p.src[start:j]
			if !utf8.ValidString(s) {
				return nil, false
			}
			p.i = j + 1
			// A copy: a slice of src would keep the whole file alive as
			// long as the report that holds the string (30 MB for a
			// 10,000-report portal).
			return strings.Clone(s), true
		case (c == '\\' && q == '"') || (c < 0x20 && c != '\t') || c == 0x7f:
			return nil, false // an escape, or a character TOML refuses
		}
	}
	return nil, false
}

// array reads [v, v, …], across lines and comments.
func (p *fastParser) array(path, k string) (any, bool) {
	p.i++
	out := []any{}
	for {
		if !p.arraySpace() {
			return nil, false
		}
		if p.i < len(p.src) && p.src[p.i] == ']' {
			p.i++
			return out, true
		}
		if p.i < len(p.src) && p.src[p.i] == '{' {
			return nil, false // arrays of inline tables are left to the library
		}
		v, ok := p.value(path, k)
		if !ok {
			return nil, false
		}
		out = append(out, v)
		if !p.arraySpace() {
			return nil, false
		}
		if p.i >= len(p.src) {
			return nil, false
		}
		switch p.src[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			return out, true
		default:
			return nil, false
		}
	}
}

// arraySpace skips whitespace, line breaks and comments inside an array.
func (p *fastParser) arraySpace() bool {
	for {
		p.spaces()
		if p.i >= len(p.src) {
			return true
		}
		switch p.src[p.i] {
		case '#', '\r', '\n':
			if !p.lineEnd() {
				return false
			}
		default:
			return true
		}
	}
}

// inlineTable reads { k = v, k = v } on one line.
func (p *fastParser) inlineTable(path string) (any, bool) {
	p.i++
	t := map[string]any{}
	p.spaces()
	if p.i < len(p.src) && p.src[p.i] == '}' {
		p.i++
		return t, true
	}
	for {
		p.spaces()
		if !p.keyValue(t, path) {
			return nil, false
		}
		p.spaces()
		if p.i >= len(p.src) {
			return nil, false
		}
		switch p.src[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			return t, true
		default:
			return nil, false
		}
	}
}

// number reads an integer, a decimal with a point, or a local date.
func (p *fastParser) number() (any, bool) {
	s := p.src[p.i:]
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' && allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:10]) {
		if !p.delimited(p.i+10) || (p.i+10 < len(p.src) && p.src[p.i+10] == ' ' && p.i+11 < len(p.src) && '0' <= p.src[p.i+11] && p.src[p.i+11] <= '9') {
			return nil, false // a date with a time: left to the library
		}
		y, _ := strconv.Atoi(s[:4])
		mo, _ := strconv.Atoi(s[5:7])
		d, _ := strconv.Atoi(s[8:10])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, localDate)
		if t.Year() != y || int(t.Month()) != mo || t.Day() != d {
			return nil, false
		}
		p.i += 10
		return t, true
	}
	j := 0
	if s[0] == '-' {
		j++
	}
	digits := j
	for j < len(s) && '0' <= s[j] && s[j] <= '9' {
		j++
	}
	if j == digits || (s[digits] == '0' && j > digits+1) {
		return nil, false // no digits, or a leading zero
	}
	isFloat := false
	if j < len(s) && s[j] == '.' {
		j++
		frac := j
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if j == frac {
			return nil, false
		}
		isFloat = true
	}
	if !p.delimited(p.i + j) {
		return nil, false
	}
	text := s[:j]
	p.i += j
	if isFloat {
		f, err := strconv.ParseFloat(text, 64)
		return f, err == nil
	}
	n, err := strconv.ParseInt(text, 10, 64)
	return n, err == nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// localDate is the location BurntSushi/toml gives a local date, taken
// from the library so that both decoders give equal values.
var localDate = func() *time.Location {
	var m map[string]any
	if _, err := toml.Decode("d = 2000-01-01", &m); err == nil {
		if t, ok := m["d"].(time.Time); ok {
			return t.Location()
		}
	}
	return time.Local
}()
