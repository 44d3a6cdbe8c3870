package serve

import (
	"net"
	"strings"
)

// A page on any web site can point its own name at 127.0.0.1 (DNS
// rebinding) and then read the preview as its own origin: the browser
// sends that name in Host. The preview therefore answers only requests
// addressed to a loopback name, an IP address (which no other site can
// be same-origin with), or a name the user bound to explicitly.

// allowedHost reports whether a request's Host header names the preview.
func allowedHost(host string, extra []string) bool {
	if host == "" {
		return true // HTTP/1.0 without Host: not a browser
	}
	name := host
	if h, _, err := net.SplitHostPort(host); err == nil {
		name = h
	}
	name = strings.TrimSuffix(strings.ToLower(strings.Trim(name, "[]")), ".")
	if i := strings.IndexByte(name, '%'); i >= 0 {
		// Only an IPv6 address has a zone (fe80::1%eth0); 127.0.0.1%x
		// is no address a browser would send.
		ip := net.ParseIP(name[:i])
		return ip != nil && ip.To4() == nil && strings.Contains(name[:i], ":") && name[i+1:] != ""
	}
	if net.ParseIP(name) != nil || name == "localhost" || strings.HasSuffix(name, ".localhost") {
		return true
	}
	for _, e := range extra {
		if name == strings.TrimSuffix(strings.ToLower(e), ".") {
			return true
		}
	}
	return false
}
