package content

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
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

// LoadConfig reads <dir>/config.toml. Unknown keys are errors, like in
// reports: a misspelt key must not be silently ignored.
func LoadConfig(dir string) (Config, error) {
	cfg := DefaultConfig()
	path := filepath.Join(dir, "config.toml")
	src, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return cfg, fmt.Errorf("%s: 找不到站点配置文件；请在站点目录中运行，或用 --source 指定站点目录", path)
	}
	if err != nil {
		return cfg, err
	}
	md, err := toml.Decode(strings.TrimPrefix(string(src), "\ufeff"), &cfg)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return cfg, fmt.Errorf("config.toml:%d: %s", pe.Position.Line, pe.Message)
		}
		return cfg, fmt.Errorf("config.toml: %w", err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		lines := scanKeyLines(string(src))
		return cfg, fmt.Errorf("config.toml:%d: 未知的键 %q", lines.lineOf(u[0].String()), u[0].String())
	}
	return cfg, cfg.SetBaseURL(cfg.BaseURL)
}

// SetBaseURL validates and normalises the base URL so that it always ends
// in a slash.
func (c *Config) SetBaseURL(raw string) error {
	if raw == "" {
		raw = "/"
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") || (u.Scheme != "" && u.Host == "") {
		return fmt.Errorf("config.toml: base_url %q 不是有效的 http(s) 地址", raw)
	}
	if !strings.HasSuffix(raw, "/") {
		raw += "/"
	}
	c.BaseURL = raw
	return nil
}
