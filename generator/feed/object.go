// Package feed turns checked reports into open data (DESIGN.md §4–5):
// report.json and its JSON Schema, the CSV files and their Frictionless
// data package, JSON Feed 1.1 and the sitemap. It knows nothing of
// templates or of the build: the site package hands it rendered narrative
// and absolute URLs, and writes what it returns.
package feed

import (
	"bytes"
	"encoding/json"
	"strings"
)

// Object is a JSON object whose keys keep the order they were added in,
// so that the same content always gives byte-identical files and the keys
// read in the order of the printed form.
type Object []Member

// Member is one key of an Object.
type Member struct {
	Key   string
	Value any
}

// MarshalJSON writes the members in order. HTML is not escaped: the
// narrative is HTML, and \u003c in it helps no reader.
func (o Object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		if err := encode(&b, m.Key); err != nil {
			return nil, err
		}
		b.WriteByte(':')
		if err := encode(&b, m.Value); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// Get returns the value of key, and whether the object has it.
func (o Object) Get(key string) (any, bool) {
	for _, m := range o {
		if m.Key == key {
			return m.Value, true
		}
	}
	return nil, false
}

// set puts v at a dotted path, creating the intermediate objects in the
// order their first member arrives.
func (o *Object) set(path string, v any) {
	key, rest, nested := strings.Cut(path, ".")
	for i := range *o {
		if (*o)[i].Key != key {
			continue
		}
		if !nested {
			(*o)[i].Value = v
			return
		}
		child := (*o)[i].Value.(*Object)
		child.set(rest, v)
		return
	}
	if !nested {
		*o = append(*o, Member{key, v})
		return
	}
	child := &Object{}
	child.set(rest, v)
	*o = append(*o, Member{key, child})
}

func encode(b *bytes.Buffer, v any) error {
	e := json.NewEncoder(b)
	e.SetEscapeHTML(false)
	if err := e.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // Encode's newline
	return nil
}

// Marshal encodes v as indented JSON ending in a newline, without HTML
// escaping (see indent.go).
func Marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(4096)
	if err := MarshalTo(&b, v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// MarshalTo appends what Marshal returns to b, for a caller that reuses
// its buffers.
func MarshalTo(b *bytes.Buffer, v any) error {
	if err := appendIndented(b, v, 0); err != nil {
		return err
	}
	b.WriteByte('\n')
	return nil
}
