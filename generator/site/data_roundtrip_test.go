package site_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// TestRoundTrip reads every <year>.toml with a plain TOML decoder, not
// gongkai's loader, and checks that report.json holds each of its values
// at the same place, and nothing the TOML does not: TOML → report.json
// loses nothing.
func TestRoundTrip(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"example", exampleSite},
		{"generated", sitetest.Write(t, multiYear())},
	} {
		t.Run(tc.name, func(t *testing.T) {
			public := build(t, tc.src, "")
			files, _ := filepath.Glob(filepath.Join(tc.src, "content", "*", "[0-9][0-9][0-9][0-9].toml"))
			if len(files) < 5 {
				t.Fatalf("found only %d reports", len(files))
			}
			for _, file := range files {
				org := filepath.Base(filepath.Dir(file))
				year := strings.TrimSuffix(filepath.Base(file), ".toml")
				roundTrip(t, file, sitetest.Read(t, public, org+"/"+year+"/report.json"))
			}
		})
	}
}

func roundTrip(t *testing.T, file, reportJSON string) {
	t.Helper()
	var src map[string]any
	if _, err := toml.DecodeFile(file, &src); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	d := json.NewDecoder(strings.NewReader(reportJSON))
	d.UseNumber()
	if err := d.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	flattenTOML("", src, want)
	got := map[string]string{}
	for _, k := range []string{"format", "year", "published", "active", "applications", "appeals"} {
		flattenJSON(k, doc[k], got)
	}
	for i, a := range doc["acknowledged"].([]any) {
		for _, k := range []string{"rule", "row", "note"} {
			got[fmt.Sprintf("acknowledged.%d.%s", i, k)] = a.(map[string]any)[k].(string)
		}
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %s = %s in TOML, %q in report.json", file, k, v, got[k])
		}
	}
	for k, v := range got {
		if _, ok := want[k]; !ok && v != "null" {
			t.Errorf("%s: report.json has %s = %s, which the TOML does not", file, k, v)
		}
	}
}

// flattenTOML maps each value to its report.json path; the cells of a
// row array take their column names, "/" becomes null.
func flattenTOML(prefix string, v any, out map[string]string) {
	switch x := v.(type) {
	case map[string]any:
		for k, c := range x {
			flattenTOML(join(prefix, k), c, out)
		}
	case []map[string]any:
		for i, c := range x {
			flattenTOML(join(prefix, strconv.Itoa(i)), c, out)
		}
	case []any:
		cols := report.ApplicantColumns
		if strings.HasPrefix(prefix, "appeals.") {
			cols = report.AppealColumns
		}
		for i, c := range x {
			flattenTOML(join(prefix, cols[i].Key), c, out)
		}
	case string:
		if x == "/" && prefix != "format" {
			out[prefix] = "null"
			return
		}
		out[prefix] = x
	case int64:
		out[prefix] = strconv.FormatInt(x, 10)
	case float64:
		out[prefix] = strconv.FormatFloat(x, 'g', -1, 64)
	case time.Time:
		out[prefix] = x.Format("2006-01-02")
	default:
		out[prefix] = fmt.Sprintf("unexpected %T", v)
	}
}

func flattenJSON(prefix string, v any, out map[string]string) {
	switch x := v.(type) {
	case map[string]any:
		for k, c := range x {
			flattenJSON(join(prefix, k), c, out)
		}
	case nil:
		out[prefix] = "null"
	case json.Number:
		if n, err := x.Int64(); err == nil {
			out[prefix] = strconv.FormatInt(n, 10)
			return
		}
		f, err := x.Float64()
		if err != nil {
			out[prefix] = "bad number " + x.String()
			return
		}
		out[prefix] = strconv.FormatFloat(f, 'g', -1, 64)
	case string:
		out[prefix] = x
	default:
		out[prefix] = fmt.Sprintf("unexpected %T", v)
	}
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}
