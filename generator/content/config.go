package content

import (
	"errors"
	"fmt"
	"github.com/gongkai/gongkai/generator/layout"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"golang.org/x/net/idna"
	"golang.org/x/text/unicode/norm"
)

// Config is a site's config.toml (DESIGN.md §7).
type Config struct {
	Title      string        `toml:"title"`
	BaseURL    string        `toml:"base_url"`
	Language   string        `toml:"language"`
	Theme      string        `toml:"theme"`
	Minify     bool          `toml:"minify"`
	UnsafeHTML bool          `toml:"unsafe_html"`
	Footer     layout.Footer `toml:"footer"`
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
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return cfg, fmt.Errorf("%s 不是目录：--source 应为站点目录（含 config.toml 和 content/ 的目录）", dir)
	}
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
		d.configValues(&cfg)
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

// configValues checks the domain of config.toml's text values: what
// every page prints must be one line of visible text.
func (d *decoder) configValues(cfg *Config) {
	if strings.TrimSpace(cfg.Title) == "" {
		d.add(RuleValue, "title", "title 为空：站点标题印在每个页面的标题栏和页首，请写上，如 title = \"某某区政府信息公开工作年度报告\"")
	} else if why := checkText(cfg.Title, 100); why != "" {
		d.add(RuleValue, "title", "title %q %s", clip(cfg.Title), why)
	}
	for _, f := range []struct{ key, value string }{
		{"footer.host", cfg.Footer.Host}, {"footer.site_code", cfg.Footer.SiteCode},
		{"footer.icp", cfg.Footer.ICP}, {"footer.police", cfg.Footer.Police},
	} {
		if f.value == "" {
			continue // optional
		}
		if why := checkText(f.value, 200); why != "" {
			d.add(RuleValue, f.key, "%s %q %s", f.key, clip(f.value), why)
		}
	}
	if !languageTag.MatchString(cfg.Language) {
		d.add(RuleValue, "language", "language %q 不是语言标记：应为如 \"zh-CN\" 的 BCP 47 标记（写入每个页面的 lang 属性）", clip(cfg.Language))
	}
	if cfg.Theme != "default" && cfg.Theme != "" {
		if why := layout.CheckThemeName(cfg.Theme); why != "" {
			d.add(RuleValue, "theme", "%s", why)
		}
	}
}

// languageTag is the shape of a BCP 47 tag a page's lang can carry.
var languageTag = regexp.MustCompile(`^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$`)

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
// in a slash. Every absolute link of the site (feeds, sitemap, canonical
// links) starts with it, so it must be an address a site can live at: an
// http(s) URL or a path from the root, with no query, fragment or
// credentials, and nothing a page would have to escape.
func (c *Config) SetBaseURL(raw string) error {
	if raw == "" {
		raw = "/"
	}
	if err := checkBaseURL(raw); err != nil {
		return err
	}
	if !strings.HasSuffix(raw, "/") {
		raw += "/"
	}
	c.BaseURL = raw
	return nil
}

// baseURLExample ends every base_url message.
const baseURLExample = "；应为网站上报告所在目录的地址，如 https://www.example.gov.cn/nianbao/ 或 /nianbao/"

func checkBaseURL(raw string) error {
	return checkURL("base_url", raw, baseURLExample, true)
}

// checkWebsite refuses an organ's website that is not an http(s) address
// a link can carry; a query and a fragment are allowed.
func checkWebsite(raw string) error {
	if !strings.HasPrefix(raw, "https://") && !strings.HasPrefix(raw, "http://") {
		return fmt.Errorf("website %q 应以 http:// 或 https:// 开头", raw)
	}
	return checkURL("website", raw, "；应为机关网站的地址，如 https://www.example.gov.cn/", false)
}

// checkURL holds the rules of base_url (site) and of website.
func checkURL(key, raw, example string, site bool) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf(key+" %q "+format+example, append([]any{raw}, args...)...)
	}
	forbidden := "\"'<>\\`{}|^"
	if !site {
		forbidden = "\"<>\\`{}|^"
	}
	for _, r := range raw {
		switch {
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
			return bad("含控制字符")
		case r == ' ' || r == '\u3000':
			return bad("含空格（空格请写作 %%20）")
		case strings.ContainsRune(forbidden, r):
			return bad("含字符 %q：它在网页和订阅中要转义，不能出现在站点地址里", r)
		case invisible(r) || unicode.IsSpace(r) || r == 0x2028 || r == 0x2029:
			return bad("含看不见的字符 U+%04X（零宽字符、方向控制符、特殊空格之类）：通常是从网页或文档复制时带进来的，请重新输入", r)
		}
	}
	u, err := url.Parse(raw)
	switch {
	case err != nil && strings.Contains(err.Error(), "port"):
		return bad("的端口无效：端口是 1–65535 之间的数字")
	case err != nil:
		return bad("不是有效的网址")
	case u.Scheme == "" && strings.HasPrefix(raw, "//"):
		return bad("缺少 https:")
	case u.Scheme == "" && !strings.HasPrefix(raw, "/"):
		return bad("应以 http:// 或 https:// 开头，或是以 / 开头的路径")
	case u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https":
		return bad("不是 http(s) 地址")
	case u.Opaque != "":
		return bad("在 %s: 之后缺少 //", u.Scheme)
	case u.User != nil:
		return bad("含用户名或密码：它们会出现在每个公开页面里")
	case site && (u.RawQuery != "" || u.ForceQuery):
		return bad("带有查询部分（?%s）：站点地址不能带 ?", u.RawQuery)
	case site && (u.Fragment != "" || strings.Contains(raw, "#")):
		return bad("带有 # 片段：以它开头的链接都会指向同一页")
	case u.Scheme != "" && u.Host == "":
		return bad("缺少主机名")
	}
	for _, raw := range strings.Split(u.EscapedPath(), "/") {
		seg, err := url.PathUnescape(raw)
		switch {
		case err != nil:
			return bad("的路径段 %s 的百分号编码无效（%% 之后应为两位十六进制数字）", raw)
		case seg == "." || seg == "..":
			return bad("的路径含 %s 段：请写出它指向的目录本身", seg)
		case strings.ContainsAny(seg, "/\\"):
			return bad("的路径段 %s 解码后含 / 或 \\：服务器会把它当作两级目录，请直接写 /", raw)
		case !utf8.ValidString(seg):
			return bad("的路径段 %s 解码后不是有效的 UTF-8 文字：中文目录名请按 UTF-8 编码", raw)
		case strings.IndexFunc(seg, func(r rune) bool { return r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 }) >= 0:
			return bad("的路径段 %s 解码后含控制字符", raw)
		}
	}
	if u.Scheme == "" {
		return nil
	}
	if port := u.Port(); port != "" {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			return bad("的端口 %s 不在 1–65535 之间", port)
		}
	} else if strings.HasSuffix(u.Host, ":") {
		return bad("的端口为空")
	}
	if why := checkHost(u.Hostname()); why != "" {
		return bad("的主机名 %s", why)
	}
	return nil
}

// checkHost returns why host cannot be a web server's name, or "".
func checkHost(host string) string {
	if ip := net.ParseIP(host); ip != nil {
		switch {
		case ip.IsUnspecified():
			return fmt.Sprintf("%s 是“任意地址”，不是哪台服务器的地址：请写网站的域名或服务器的 IP 地址", host)
		case ip.IsMulticast() || ip.Equal(net.IPv4bcast):
			return fmt.Sprintf("%s 是组播或广播地址，不是哪台服务器的地址：请写网站的域名或服务器的 IP 地址", host)
		}
		return ""
	}
	labels := strings.Split(strings.TrimSuffix(host, "."), ".")
	numeric := true
	for _, l := range labels {
		if strings.Trim(l, "0123456789") != "" {
			numeric = false
		}
	}
	switch {
	case numeric:
		return fmt.Sprintf("%q 不是有效的 IP 地址（IPv4 是 0–255 的四个数，以点分隔，不写前导零）", host)
	case norm.NFKC.String(host) != host:
		return fmt.Sprintf("%q 含全角或兼容字符：请用半角字母和数字", host)
	case !validHost(host):
		return fmt.Sprintf("%q 无效：主机名由字母、数字和 - 组成，以点分隔", host)
	case strings.Trim(labels[len(labels)-1], "0123456789") == "":
		return fmt.Sprintf("%q 无效：顶级域名不能全是数字", host)
	}
	if _, err := idna.Registration.ToASCII(host); err != nil {
		return fmt.Sprintf("%q 不是有效的域名（国际化域名的编码有误）", host)
	}
	return ""
}

// validHost reports whether host is a DNS name, Chinese domain names
// included: labels of letters, digits and hyphens, not starting or ending
// with a hyphen.
func validHost(host string) bool {
	host = strings.TrimSuffix(host, ".")
	if host == "" || len(host) > 253 {
		return false
	}
	for _, label := range strings.Split(host, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, r := range label {
			if !(r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
				return false
			}
		}
	}
	return true
}
