// Package opendata writes what a portal publishes for machines
// (DESIGN.md §4–5): each report's report.json and report.csv, the JSON
// Schema of report.json, data/reports.csv and its Frictionless data
// package. Its JSON writer (Object, Marshal) keeps keys in the order they
// were given and indents as encoding/json does, without HTML escaping,
// so that the same content gives the same bytes; the feeds use it too.
package opendata

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

// Set puts v at a dotted path, creating the intermediate objects in the
// order their first member arrives.
func (o *Object) Set(path string, v any) {
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
		child.Set(rest, v)
		return
	}
	if !nested {
		*o = append(*o, Member{key, v})
		return
	}
	child := &Object{}
	child.Set(rest, v)
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
