package serve

import (
	"bytes"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
)

// state is what the server answers with: the files of the last good
// build and, while the site is broken or not built yet, the page shown
// instead of every HTML page (the error page, or a note that the first
// build is running) with its status.
type state struct {
	files  files
	page   []byte
	status int
	gen    int
}

// ServeHTTP serves only what the build produced, from memory: no request
// reaches the file system, so neither a path with .. nor a symbolic link
// can lead out of the site; paths with .. are refused outright all the
// same.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if !allowedHost(r.Host, s.opts.Hosts) {
		http.Error(w, "403 拒绝访问：预览只接受以 localhost 或 IP 地址访问，收到的主机名是 "+quoteHost(r.Host)+
			"。这样其他网站无法借 DNS 重绑定读取预览；如需以这个名称访问，请用 gongkai serve --bind 该名称 启动。", http.StatusForbidden)
		return
	}
	switch r.URL.Path {
	case eventsPath:
		s.events.serveEvents(w, r, func() int { return s.state.Load().gen })
		return
	case scriptPath:
		serveBytes(w, r, "script.js", script, http.StatusOK)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 只支持 GET 和 HEAD", http.StatusMethodNotAllowed)
		return
	}
	rel, ok := clean(r.URL.Path)
	if !ok {
		http.Error(w, "400 路径无效", http.StatusBadRequest)
		return
	}
	st := s.state.Load()
	if st.page != nil && isPage(rel) {
		if st.status == http.StatusServiceUnavailable {
			w.Header().Set("Retry-After", "1")
		}
		serveBytes(w, r, "index.html", st.page, st.status)
		return
	}
	name := rel
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	if b, ok := st.files.get(name); ok {
		serveBytes(w, r, name, b, http.StatusOK)
		return
	}
	if _, ok := st.files.get(name + "/index.html"); ok {
		// From the cleaned path: "//org" + "/" would be a
		// protocol-relative address of another host.
		http.Redirect(w, r, "/"+name+"/", http.StatusMovedPermanently)
		return
	}
	if st.status == http.StatusServiceUnavailable {
		// A data file (report.json, a feed…) during the first build:
		// not missing, only not made yet.
		w.Header().Set("Retry-After", "1")
		http.Error(w, "503 站点正在生成，请稍后再试："+r.URL.Path, http.StatusServiceUnavailable)
		return
	}
	http.Error(w, "404 找不到页面："+r.URL.Path, http.StatusNotFound)
}

// clean turns a request path into a path of the site, refusing any path
// that tries to climb out of it.
func clean(p string) (string, bool) {
	if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") {
		return "", false
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." {
			return "", false
		}
	}
	rel := strings.TrimPrefix(path.Clean(p), "/")
	if strings.HasSuffix(p, "/") && rel != "" {
		rel += "/"
	}
	return rel, true
}

// isPage reports whether a site path names an HTML page (or a directory
// that would redirect to one).
func isPage(rel string) bool {
	ext := path.Ext(rel)
	return rel == "" || strings.HasSuffix(rel, "/") || ext == ".html" || ext == ""
}

// serveBytes answers with b. Nothing is cached: a reload must show the
// newest build.
func serveBytes(w http.ResponseWriter, r *http.Request, name string, b []byte, status int) {
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	typ := mime.TypeByExtension(path.Ext(name))
	if typ == "" {
		typ = http.DetectContentType(b)
	}
	h.Set("Content-Type", typ)
	if status != http.StatusOK {
		w.WriteHeader(status)
		if r.Method != http.MethodHead {
			w.Write(b)
		}
		return
	}
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
}

// quoteHost shows a Host header in a message, shortened and printable.
func quoteHost(h string) string {
	if len(h) > 80 {
		h = h[:80] + "…"
	}
	return strconv.Quote(h)
}
