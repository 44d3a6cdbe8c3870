package opendata

import (
	"bytes"
	"testing"
)

func TestObjectKeepsOrderAndHTML(t *testing.T) {
	o := &Object{}
	o.Set("b.y", 1)
	o.Set("a", "<p>&</p>")
	o.Set("b.x", nil)
	var got bytes.Buffer
	if err := encode(&got, o); err != nil {
		t.Fatal(err)
	}
	if want := `{"b":{"y":1,"x":null},"a":"<p>&</p>"}`; got.String() != want {
		t.Errorf("got %s, want %s", got.String(), want)
	}
}
