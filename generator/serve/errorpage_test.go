package serve

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/sitetest"
)

// The error page has no URL of its own: an empty canonical link is invalid
// HTML (the Nu checker in tests/browser caught it), so there must be none.
func TestErrorPageHasNoCanonical(t *testing.T) {
	dir := sitetest.Write(t, "-- config.toml --\n"+sitetest.Config)
	page := string(errorPage(dir, []string{"content/a/2023.toml:3: [syntax] 坏了"}))
	for _, want := range []string{`class="page-error"`, "content/a/2023.toml:3: [syntax] 坏了", "以下 1 处问题需要修改"} {
		if !strings.Contains(page, want) {
			t.Errorf("error page lacks %q:\n%s", want, page)
		}
	}
	if strings.Contains(page, "canonical") {
		t.Errorf("error page has a canonical link:\n%s", page)
	}
}
