package opendata

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// appendIndented writes the indented form directly, in one pass, for the
// types the documents are made of: through encoding/json, every level of
// nested Objects would be encoded, compacted and indented again, so a
// cell five deep would be scanned six times (docs/performance.md).
// Anything else is handed to encoding/json and indented at its depth,
// which json.Indent makes identical to what the Encoder wrote.

// appendIndented writes v as SetIndent("", "  ") would at the given depth.
func appendIndented(b *bytes.Buffer, v any, depth int) error {
	switch v := v.(type) {
	case nil:
		b.WriteString("null")
	case Object:
		return appendObject(b, v, depth)
	case *Object:
		if v == nil {
			b.WriteString("null")
			return nil
		}
		return appendObject(b, *v, depth)
	case []Object:
		return appendArray(b, v, depth, func(o Object) error { return appendObject(b, o, depth+1) })
	case []any:
		return appendArray(b, v, depth, func(e any) error { return appendIndented(b, e, depth+1) })
	case string:
		appendString(b, v)
	case int:
		b.WriteString(strconv.Itoa(v))
	case int64:
		b.WriteString(strconv.FormatInt(v, 10))
	case bool:
		b.WriteString(strconv.FormatBool(v))
	case json.Number:
		if v == "" || !json.Valid([]byte(v)) {
			return fallback(b, v, depth)
		}
		b.WriteString(string(v))
	default:
		return fallback(b, v, depth)
	}
	return nil
}

func appendObject(b *bytes.Buffer, o Object, depth int) error {
	if len(o) == 0 {
		b.WriteString("{}")
		return nil
	}
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		newline(b, depth+1)
		appendString(b, m.Key)
		b.WriteString(": ")
		if err := appendIndented(b, m.Value, depth+1); err != nil {
			return err
		}
	}
	newline(b, depth)
	b.WriteByte('}')
	return nil
}

func newline(b *bytes.Buffer, depth int) {
	b.WriteByte('\n')
	for range depth {
		b.WriteString("  ")
	}
}

// appendString writes s quoted, escaped as encoding/json escapes it
// without HTML escaping. The escapes a narrative needs (quotes in its
// HTML, line breaks) are written here; strings with any other control
// character, U+2028, U+2029 or invalid UTF-8 (none in a loaded report)
// go through encoding/json so that every escape stays exactly its own.
func appendString(b *bytes.Buffer, s string) {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' ||
			c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) { // U+2028, U+2029
			fallback(b, s, 0) // a string always encodes
			return
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
	}
	if !ascii && !utf8.ValidString(s) {
		fallback(b, s, 0)
		return
	}
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); i++ {
		var esc byte
		switch s[i] {
		case '"', '\\':
			esc = s[i]
		case '\n':
			esc = 'n'
		case '\r':
			esc = 'r'
		case '\t':
			esc = 't'
		default:
			continue
		}
		b.WriteString(s[start:i])
		b.WriteByte('\\')
		b.WriteByte(esc)
		start = i + 1
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}

// fallback encodes v with encoding/json, as Marshal's Encoder did, and
// indents it at depth.
func fallback(b *bytes.Buffer, v any, depth int) error {
	var c bytes.Buffer
	e := json.NewEncoder(&c)
	e.SetEscapeHTML(false)
	if err := e.Encode(v); err != nil {
		return err
	}
	prefix := make([]byte, 0, 2*depth)
	for range depth {
		prefix = append(prefix, "  "...)
	}
	return json.Indent(b, bytes.TrimSuffix(c.Bytes(), []byte("\n")), string(prefix), "  ")
}

// appendArray writes a JSON array of v's elements, one per line, each
// written by elem at depth+1; a nil slice is null.
func appendArray[T any](b *bytes.Buffer, v []T, depth int, elem func(T) error) error {
	if v == nil {
		b.WriteString("null")
		return nil
	}
	if len(v) == 0 {
		b.WriteString("[]")
		return nil
	}
	b.WriteByte('[')
	for i, e := range v {
		if i > 0 {
			b.WriteByte(',')
		}
		newline(b, depth+1)
		if err := elem(e); err != nil {
			return err
		}
	}
	newline(b, depth)
	b.WriteByte(']')
	return nil
}
