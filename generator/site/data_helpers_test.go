package site_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/gongkai/gongkai/generator/site"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// updating reports whether -update was given. The flag is defined by the
// package's internal tests, which share this test binary.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// build builds the site in src into a new temporary directory.
func build(t *testing.T, src, baseURL string) string {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	res, err := site.Build(site.Options{Source: src, Destination: dest, BaseURL: baseURL})
	if err != nil {
		if res != nil {
			for _, f := range res.Findings {
				t.Log(f)
			}
		}
		t.Fatalf("build: %v", err)
	}
	return dest
}

// compileSchema compiles the report.schema.json a site published, with
// format assertions on, so that dates and URIs are checked too.
func compileSchema(t *testing.T, public string) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(sitetest.Read(t, public, "schema/report.schema.json")))
	if err != nil {
		t.Fatal(err)
	}
	id, _ := doc.(map[string]any)["$id"].(string)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(id)
	if err != nil {
		t.Fatalf("schema does not compile: %v", err)
	}
	return s
}

// validateAll validates every report.json under public and returns how
// many it found.
func validateAll(t *testing.T, public string) int {
	t.Helper()
	schema := compileSchema(t, public)
	n := 0
	err := filepath.WalkDir(public, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.Name() != "report.json" {
			return err
		}
		n++
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		inst, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		if err := schema.Validate(inst); err != nil {
			t.Errorf("%s: %v", path, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// golden compares got with testdata/<name>, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if updating() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test -update and review the diff", name)
	}
}

// tree reads every file under dir, keyed by slash path.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
