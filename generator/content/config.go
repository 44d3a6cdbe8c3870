package content

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// Config is a site's config.toml (DESIGN.md §7).
type Config struct {
	Title      string `toml:"title"`
	BaseURL    string `toml:"base_url"`
	Language   string `toml:"language"`
	Theme      string `toml:"theme"`
	Minify     bool   `toml:"minify"`
	UnsafeHTML bool   `toml:"unsafe_html"`
	Footer     Footer `toml:"footer"`
}

// Footer holds the identification every government website must show.
type Footer struct {
	Host     string `toml:"host"`      // 主办单位
	SiteCode string `toml:"site_code"` // 网站标识码
	ICP      string `toml:"icp"`       // ICP备案号
	Police   string `toml:"police"`    // 公安机关备案号
}

// DefaultConfig is what a config.toml that sets nothing means.
func DefaultConfig() Config {
	return Config{
		Title:    "政府信息公开工作年度报告",
		BaseURL:  "/",
		Language: "zh-CN",
		Theme:    "default",
		Minify:   true,
	}
}

// LoadConfig reads <dir>/config.toml. Unknown keys and values of the
// wrong kind are errors, like in reports: a misspelt key must not be
// silently ignored. Every problem is one `config.toml:line: message` line
// of the error.
func LoadConfig(dir string) (Config, error) {
	cfg := DefaultConfig()
	path := filepath.Join(dir, "config.toml")
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return cfg, fmt.Errorf("%s: 找不到站点配置文件；请在站点目录中运行，或用 --source 指定站点目录", path)
	}
	// Unlike content files, config.toml may be a link (a deployment may
	// share one); readFile refuses links, so read what it points to.
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return cfg, fmt.Errorf("config.toml: %w", fileError(err))
	}
	src, err := readFile(real)
	if err != nil {
		return cfg, fmt.Errorf("config.toml: %w", err)
	}
	d := newDecoder("config.toml", strings.TrimPrefix(src, "\ufeff"))
	m, ok := d.parse()
	if ok {
		d.configKeys(m, "", configSchema)
	}
	if len(d.findings) == 0 {
		if _, err := toml.Decode(d.src, &cfg); err != nil {
			return cfg, fmt.Errorf("config.toml: %w", err)
		}
		if err := cfg.SetBaseURL(cfg.BaseURL); err != nil {
			d.add(RuleValue, "base_url", "%s", err.Error())
		}
	}
	if len(d.findings) == 0 {
		return cfg, nil
	}
	lines := make([]string, len(d.findings))
	for i, f := range d.findings {
		lines[i] = f.File
		if f.Line > 0 {
			lines[i] += ":" + itoa(f.Line)
		}
		lines[i] += ": " + f.Message
	}
	return cfg, errors.New(strings.Join(lines, "\n"))
}

// configSchema is the kind of every key of config.toml: "string", "bool",
// or a nested table.
var configSchema = map[string]any{
	"title": "string", "base_url": "string", "language": "string", "theme": "string",
	"minify": "bool", "unsafe_html": "bool",
	"footer": map[string]any{"host": "string", "site_code": "string", "icp": "string", "police": "string"},
}

// configKeys checks the keys of a decoded config table against schema.
func (d *decoder) configKeys(m map[string]any, path string, schema map[string]any) {
	allowed := make([]string, 0, len(schema))
	for k := range schema {
		allowed = append(allowed, k)
	}
	sort.Strings(allowed)
	d.unknown(m, path, allowed...)
	for _, k := range allowed {
		v, ok := m[k]
		if !ok {
			continue
		}
		key := join(path, k)
		switch want := schema[k].(type) {
		case map[string]any:
			if t, ok := v.(map[string]any); ok {
				d.configKeys(t, key, want)
			} else {
				d.add(RuleType, key, "%s 应为表 [%s]，实为%s", key, key, describe(v))
			}
		case string:
			_, isString := v.(string)
			_, isBool := v.(bool)
			if want == "string" && !isString {
				d.add(RuleType, key, "%s 应为字符串（加引号），实为%s", key, describe(v))
			} else if want == "bool" && !isBool {
				d.add(RuleType, key, "%s 应为 true 或 false（不加引号），实为%s", key, describe(v))
			}
		}
	}
}

// SetBaseURL validates and normalises the base URL so that it always ends
// in a slash.
func (c *Config) SetBaseURL(raw string) error {
	if raw == "" {
		raw = "/"
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") || (u.Scheme != "" && u.Host == "") {
		return fmt.Errorf("base_url %q 不是有效的 http(s) 地址", raw)
	}
	if !strings.HasSuffix(raw, "/") {
		raw += "/"
	}
	c.BaseURL = raw
	return nil
}
