package serve

import (
	"fmt"
	"net/http"
	"strconv"
	"sync"
)

// Live reload: pages built by serve load scriptPath, which listens to
// eventsPath (Server-Sent Events) and reloads the page on "reload". The
// event is sent only after a rebuild has finished and its output is the
// one served, so a reloaded page is never the old one. Without
// JavaScript the pages work the same, only without reloading.
const (
	eventsPath = "/_gongkai/events"
	scriptPath = "/_gongkai/livereload.js"
)

// A page loaded from one generation may name it (livereload.js?gen=N):
// its stream then reloads it at once if a newer generation was published
// before the stream connected. The page shown during the first build
// does, so that a first build finishing between the page and its stream
// still reloads it.
var script = []byte(`(function(){var s=document.currentScript,g=s&&s.src.split("?gen=")[1];new EventSource("` + eventsPath + `"+(g?"?gen="+g:"")).addEventListener("reload",function(){location.reload()})})();` + "\n")

// broker fans a rebuild's generation out to the connected pages.
type broker struct {
	mu      sync.Mutex
	clients map[chan int]bool
	closed  bool
}

// subscribe returns a channel that receives each generation; it is
// closed when the server stops.
func (b *broker) subscribe() chan int {
	ch := make(chan int, 1)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		close(ch)
		return ch
	}
	if b.clients == nil {
		b.clients = map[chan int]bool{}
	}
	b.clients[ch] = true
	return ch
}

func (b *broker) unsubscribe(ch chan int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.clients[ch] {
		delete(b.clients, ch)
		close(ch)
	}
}

// publish tells every page about generation gen. A page that has not
// taken the previous event yet gets the newest one instead: one reload
// is enough.
func (b *broker) publish(gen int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for ch := range b.clients {
		select {
		case <-ch:
		default:
		}
		ch <- gen
	}
}

// close ends every event stream, so that shutdown does not wait on them.
func (b *broker) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	for ch := range b.clients {
		close(ch)
	}
	b.clients = nil
}

// serveEvents streams reload events to one page; current is the
// generation served now.
func (b *broker) serveEvents(w http.ResponseWriter, r *http.Request, current func() int) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	ch := b.subscribe()
	defer b.unsubscribe(ch)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	fmt.Fprint(w, "retry: 1000\n\n")
	if seen, err := strconv.Atoi(r.URL.Query().Get("gen")); err == nil {
		// Subscribed first, then compared: a generation published in
		// between is sent either way.
		if now := current(); now > seen {
			fmt.Fprintf(w, "event: reload\ndata: %d\n\n", now)
		}
	}
	flusher.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case gen, ok := <-ch:
			if !ok {
				return
			}
			fmt.Fprintf(w, "event: reload\ndata: %d\n\n", gen)
			flusher.Flush()
		}
	}
}
