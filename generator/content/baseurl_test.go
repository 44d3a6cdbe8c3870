package content

import (
	"strings"
	"testing"
)

// TestSetBaseURL checks the domain of base_url: an address a site can
// live at, every link of the site starting with it.
func TestSetBaseURL(t *testing.T) {
	for _, tc := range []struct {
		raw, want string // want "" means refused
		why       string // in the refusal
	}{
		{"https://www.example.gov.cn/nianbao/", "https://www.example.gov.cn/nianbao/", ""},
		{"https://www.example.gov.cn/nianbao", "https://www.example.gov.cn/nianbao/", ""},
		{"http://example.gov.cn", "http://example.gov.cn/", ""},
		{"https://example.gov.cn:8443/", "https://example.gov.cn:8443/", ""},
		{"http://192.168.1.5/", "http://192.168.1.5/", ""},
		{"http://[::1]:8080/", "http://[::1]:8080/", ""},
		{"https://政府.中国/报告/", "https://政府.中国/报告/", ""},
		{"https://example.gov.cn/%E5%B9%B4%E6%8A%A5/", "https://example.gov.cn/%E5%B9%B4%E6%8A%A5/", ""},
		{"/nianbao/", "/nianbao/", ""},
		{"", "/", ""},
		{"http://0.0.0.0/", "", "任意地址"},
		{"http://[::]/", "", "任意地址"},
		{"http://255.255.255.255/", "", "广播"},
		{"http://224.0.0.1/", "", "组播"},
		{"http://[ff02::1]/", "", "组播"},
		{"https://x/a%2Fb/", "", "/ 或"},
		{"https://x/a%5Cb/", "", "/ 或"},
		{"https://x/a%00b/", "", "控制字符"},
		{"https://x/a%0Ab/", "", "控制字符"},
		{"https://x/%C2%85/", "", "控制字符"},
		{"https://x/%FF%FE/", "", "UTF-8"},
		{"https://x/%E5%B9/", "", "UTF-8"},
		{"https://x/#frag", "", "#"},
		{"https://x/#", "", "#"},
		{"https://x/?a=1", "", "?"},
		{"https://x/?", "", "?"},
		{"https://user:pass@x/", "", "用户名"},
		{"https://user@x/", "", "用户名"},
		{"https://x:0/", "", "端口"},
		{"https://x:70000/", "", "端口"},
		{"https://x:/", "", "端口"},
		{"https://x:port/", "", "端口"},
		{"https://x/\"><script>", "", "转义"},
		{"https://x/a b/", "", "空格"},
		{"https://x/a\u3000b/", "", "空格"},
		{"https://x/a\tb/", "", "控制字符"},
		{"https://x/\u200b", "", "零宽"},
		{"https://x/a\\b", "", "转义"},
		{"https:///path", "", "主机名"},
		{"https://-x-.gov.cn/", "", "主机名"},
		{"https://a..b/", "", "主机名"},
		{"https://a_b.gov.cn/", "", "主机名"},
		{"//example.gov.cn/", "", "https:"},
		{"nianbao/", "", "开头"},
		{"javascript:alert(1)", "", "http(s)"},
		{"ftp://x/", "", "http(s)"},
		{"https:example.gov.cn", "", "//"},
		{"https://256.1.1.1/", "", "IP"},
		{"https://300.300.300.300/", "", "IP"},
		{"https://999/", "", "IP"},
		{"https://1.2.3/", "", "IP"},
		{"https://1.2.3.4.5/", "", "IP"},
		{"https://08.1.1.1/", "", "IP"},
		{"https://example.123/", "", "顶级域名"},
		{"https://xn--zz.com/", "", "域名"},
		{"https://ｅｘａｍｐｌｅ.gov.cn/", "", "全角"},
		{"https://example.gov.cn/\u202e/", "", "看不见"},
		{"https://example.gov.cn/\u00a0/", "", "看不见"},
		{"/a/../../", "", ".."},
		{"/%2e%2e/", "", ".."},
		{"https://example.gov.cn/a/../b/", "", ".."},
		{"https://example.gov.cn/./", "", "."},
		{"https://xn--fiqs8s.xn--fiqs8s/", "https://xn--fiqs8s.xn--fiqs8s/", ""},
	} {
		var c Config
		err := c.SetBaseURL(tc.raw)
		switch {
		case tc.want != "" && (err != nil || c.BaseURL != tc.want):
			t.Errorf("SetBaseURL(%q) = %q, %v; want %q", tc.raw, c.BaseURL, err, tc.want)
		case tc.want == "" && (err == nil || !strings.Contains(err.Error(), tc.why) || !strings.Contains(err.Error(), "如 https://")):
			t.Errorf("SetBaseURL(%q): err = %v; want a refusal mentioning %q and an example", tc.raw, err, tc.why)
		}
	}
}
