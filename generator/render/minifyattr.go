package render

import (
	"strconv"

	tparse "github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"

	mhtml "github.com/tdewolff/minify/v2/html"
)

// minifyAttr returns an attribute value as the HTML minifier, configured
// as newMinifier does, writes it after the attribute's name: for the
// attributes of free text, which the minifier only decodes and quotes
// (title, alt, aria-label, aria-description, placeholder, data-*, on any
// element), and the URL attributes href and src of <a> and <img>. quoted
// is the value as it stands in the page, quotes included. ok is false
// for anything else (another attribute, an unquoted or unterminated
// value, a data: URL, a value the minifier would drop), which the
// minifier is left to write itself.
func minifyAttr(tag, name string, quoted []byte) (out []byte, ok bool) {
	url := false
	switch {
	case name == "title" || name == "alt" || name == "aria-label" || name == "aria-description" || name == "placeholder":
	case len(name) > len("data-") && name[:len("data-")] == "data-":
	case (name == "href" || name == "src") && (tag == "a" || tag == "img"):
		url = true
	default:
		return nil, false
	}
	if len(quoted) < 2 || quoted[0] != quoted[len(quoted)-1] || quoted[0] != '"' && quoted[0] != '\'' {
		return nil, false
	}
	quote := quoted[0]
	val := decodeRefs(quoted[1 : len(quoted)-1])
	if url {
		val = tparse.TrimWhitespace(val)
		if 5 < len(val) {
			switch {
			case tparse.EqualFold(val[:4], []byte("http")) && val[4] == ':':
				tparse.ToLower(val[:4])
			case tparse.EqualFold(val[:4], []byte("http")) && (val[4] == 's' || val[4] == 'S') && val[5] == ':':
				tparse.ToLower(val[:5])
			case tparse.EqualFold(val[:5], []byte("data:")):
				return nil, false
			}
		}
	}
	if len(val) == 0 {
		return nil, false
	}
	var buf []byte
	escaped := html.EscapeAttrVal(&buf, val, quote, true) // KeepQuotes
	return append([]byte(nil), escaped...), true
}

// decodeRefs decodes character references as the minifier does for an
// attribute value (parse.ReplaceEntities with the HTML entities and no
// reverse map), in one pass over b instead of a move of the rest of b
// for each reference. The rules, from replaceEntities: a reference is
// looked for only at an '&' with at least three bytes after it; numeric
// references below 128 become the byte, hexadecimal ones up to 9999 the
// decimal reference, others stay; a named reference needs its ';' and a
// known name; a reference that decodes to '&' stays when a letter, digit
// or '#' follows it, so that it cannot start another.
func decodeRefs(b []byte) []byte {
	const maxEntityLength = 31
	out := make([]byte, 0, len(b))
	isAlnum := func(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	i := 0
	for i < len(b) {
		if b[i] != '&' || i+3 >= len(b) {
			out = append(out, b[i])
			i++
			continue
		}
		var r []byte
		j := i + 1
		keepTo := -1 // when >= 0, copy b[i:keepTo] as it is and go on from there
		switch {
		case b[j] == '#' && b[j+1] == 'x':
			j += 2
			c := 0
			for ; j < len(b) && (b[j] >= '0' && b[j] <= '9' || b[j] >= 'a' && b[j] <= 'f' || b[j] >= 'A' && b[j] <= 'F'); j++ {
				switch {
				case b[j] <= '9':
					c = c<<4 + int(b[j]-'0')
				case b[j] <= 'F':
					c = c<<4 + int(b[j]-'A') + 10
				default:
					c = c<<4 + int(b[j]-'a') + 10
				}
			}
			switch {
			case j <= i+3 || 10000 <= c:
				keepTo = j
			case c < 128:
				r = []byte{byte(c)}
			default:
				r = append(strconv.AppendInt([]byte("&#"), int64(c), 10), ';')
			}
		case b[j] == '#':
			j++
			c := 0
			for ; j < len(b) && c < 128 && b[j] >= '0' && b[j] <= '9'; j++ {
				c = c*10 + int(b[j]-'0')
			}
			if j <= i+2 || 128 <= c {
				keepTo = j
			} else {
				r = []byte{byte(c)}
			}
		default:
			for ; j < len(b) && j-i-1 <= maxEntityLength && b[j] != ';'; j++ {
				if !isAlnum(b[j]) {
					break
				}
			}
			if len(b) <= j || j == i+1 || b[j] != ';' {
				keepTo = i + 1
				break
			}
			var known bool
			if r, known = mhtml.EntitiesMap[string(b[i+1:j])]; !known {
				keepTo = j + 1
			}
		}
		if keepTo < 0 && !(j < len(b) && b[j] == ';' && 2 < j+1-i) {
			keepTo = i + 1 // no ';' after a numeric reference: not replaced
		}
		if keepTo < 0 && len(r) == 1 && r[0] == '&' {
			if k := j + 1; k < len(b) && (isAlnum(b[k]) || b[k] == '#') {
				keepTo = k + 1
			}
		}
		if keepTo >= 0 {
			out = append(out, b[i:keepTo]...)
			i = keepTo
			continue
		}
		out = append(out, r...)
		i = j + 1
	}
	return out
}
