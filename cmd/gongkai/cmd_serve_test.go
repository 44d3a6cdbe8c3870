package main

import (
	"bytes"
	"net"
	"strings"
	"testing"
)

func TestListenAddr(t *testing.T) {
	tests := []struct {
		bind string
		port int
		addr string
		name string
		err  bool
	}{
		{bind: "127.0.0.1", port: 1313, addr: "127.0.0.1:1313"},
		{bind: "localhost", port: 0, addr: "localhost:0"},
		{bind: "::1", port: 8080, addr: "[::1]:8080"},
		{bind: "0.0.0.0", port: 1313, addr: "0.0.0.0:1313"},
		{bind: "192.168.1.5", port: 1313, addr: "192.168.1.5:1313"},
		{bind: "::", port: 1313, addr: "[::]:1313"},
		{bind: "preview.example.lan", port: 1313, addr: "preview.example.lan:1313", name: "preview.example.lan"},
		{bind: "bad name", port: 1313, err: true},
		{bind: "-x.lan", port: 1313, err: true},
		{bind: "a..b", port: 1313, err: true},
		{bind: "http://x", port: 1313, err: true},
		{bind: "", port: 1313, err: true},
		{bind: "127.0.0.1", port: -1, err: true},
		{bind: "127.0.0.1", port: 70000, err: true},
	}
	for _, tt := range tests {
		addr, name, err := listenAddr(tt.bind, tt.port)
		if (err != nil) != tt.err || addr != tt.addr || name != tt.name {
			t.Errorf("listenAddr(%q, %d) = %q, %q, %v", tt.bind, tt.port, addr, name, err)
		}
	}
}

func TestExposed(t *testing.T) {
	for _, tt := range []struct {
		ip   net.IP
		want bool
	}{
		{net.IPv4(127, 0, 0, 1), false},
		{net.IPv6loopback, false},
		{net.IPv4zero, true},
		{net.IPv6unspecified, true},
		{net.IPv4(192, 168, 1, 5), true},
	} {
		if got := exposed(&net.TCPAddr{IP: tt.ip, Port: 1}); got != tt.want {
			t.Errorf("exposed(%v) = %v, want %v", tt.ip, got, tt.want)
		}
	}
}

func TestBrowseURL(t *testing.T) {
	a := &net.TCPAddr{IP: net.IPv4zero, Port: 4000}
	if got := browseURL("0.0.0.0", a); got != "http://127.0.0.1:4000/" {
		t.Errorf("browseURL(0.0.0.0) = %q", got)
	}
	if got := browseURL("::1", &net.TCPAddr{IP: net.IPv6loopback, Port: 4000}); got != "http://[::1]:4000/" {
		t.Errorf("browseURL(::1) = %q", got)
	}
}

func TestServeUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"serve", "--help"}, exitOK, "退出状态"},
		{[]string{"serve", "--port", "x"}, exitUsage, ""},
		{[]string{"serve", "--bind", "no where"}, exitUsage, ""},
		{[]string{"serve", "--bind", "http://127.0.0.1"}, exitUsage, ""},
		{[]string{"serve", "extra"}, exitUsage, ""},
		{[]string{"serve", "--source", "/nonexistent/site", "--port", "0"}, exitFindings, ""},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := run(tt.args, &stdout, &stderr)
		if code != tt.code || !strings.Contains(stdout.String(), tt.out) {
			t.Errorf("gongkai %s: exit %d, want %d; stdout:\n%s\nstderr:\n%s", strings.Join(tt.args, " "), code, tt.code, stdout.String(), stderr.String())
		}
	}
}
