package content

import (
	"strconv"
	"strings"
)

// keyLines maps every dotted key of a TOML document to the line it is
// defined on. The TOML decoder does not expose positions, and findings
// must name a line; the documents are simple enough (tables, arrays of
// tables, key = value) that a line scan is exact for them. Keys it does
// not see fall back to their parent's line (see lineOf).
type keyLines map[string]int

func scanKeyLines(src string) keyLines {
	lines := keyLines{}
	table := ""
	arrays := map[string]int{}
	inMultiline := ""
	for n, rest := 0, src; rest != ""; n++ {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		s := strings.TrimSpace(line)
		if inMultiline != "" {
			if strings.Count(s, inMultiline)%2 == 1 {
				inMultiline = ""
			}
			continue
		}
		switch {
		case s == "" || s[0] == '#':
			continue
		case strings.HasPrefix(s, "[["):
			name := cleanKey(strings.TrimSuffix(strings.TrimSpace(strings.TrimPrefix(stripComment(s), "[[")), "]]"))
			table = name + "." + strconv.Itoa(arrays[name])
			arrays[name]++
			setLine(lines, table, n+1)
			setLine(lines, name, n+1)
		case s[0] == '[':
			table = cleanKey(strings.TrimSuffix(strings.TrimSpace(strings.TrimPrefix(stripComment(s), "[")), "]"))
			setLine(lines, table, n+1)
		default:
			eq := strings.IndexByte(s, '=')
			if eq <= 0 {
				continue
			}
			key := cleanKey(s[:eq])
			if key == "" || strings.ContainsAny(key, "[]{},") {
				continue
			}
			full := key
			if table != "" {
				full = table + "." + key
			}
			setLine(lines, full, n+1)
			rest := s[eq+1:]
			for _, q := range []string{`"""`, `'''`} {
				if strings.Count(rest, q)%2 == 1 {
					inMultiline = q
				}
			}
		}
	}
	return lines
}

func setLine(l keyLines, key string, n int) {
	if _, ok := l[key]; !ok {
		l[key] = n
	}
}

// cleanKey normalises `a . "b"` to `a.b`.
func cleanKey(k string) string {
	if !strings.ContainsAny(k, `."'`) {
		return strings.TrimSpace(k) // a bare key, as nearly all are
	}
	parts := strings.Split(k, ".")
	for i, p := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(p), `"'`)
	}
	return strings.Join(parts, ".")
}

func stripComment(s string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		return strings.TrimSpace(s[:i])
	}
	return s
}

// lineOf is the line of key, or of its nearest ancestor that has one.
func (l keyLines) lineOf(key string) int {
	for key != "" {
		if n, ok := l[key]; ok {
			return n
		}
		i := strings.LastIndexByte(key, '.')
		if i < 0 {
			break
		}
		key = key[:i]
	}
	return 0
}

// rawValue returns the literal text after `key =` on the key's line, up
// to a comment, so that a decimal keeps the digits it was written with.
func rawValue(src string, line int) string {
	if line <= 0 {
		return ""
	}
	ls := strings.SplitN(src, "\n", line+1)
	if len(ls) < line {
		return ""
	}
	s := ls[line-1]
	eq := strings.IndexByte(s, '=')
	if eq < 0 {
		return ""
	}
	return strings.TrimSpace(stripComment(s[eq+1:]))
}
