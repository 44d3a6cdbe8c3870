package site

import (
	"html/template"
	"sync"

	"github.com/gongkai/gongkai/generator/render"
	"github.com/gongkai/gongkai/generator/report"
)

// narratives render each report's narrative once per build. The report
// page and report.json take all six sections, the organ's and the
// portal's feeds the first: rendered by each, goldmark converted a
// report's prose up to four times.
//
// Holding every narrative to the end of the build would add megabytes per
// thousand reports to the peak heap, so each report counts the jobs that
// take the whole narrative (use, while the jobs are listed) and drops
// sections 1–5 when the last has taken them, keeping only the overview
// for the feeds. A report asked for again after that is rendered again:
// the counts save work, they are not needed for the right output.
type narratives struct {
	md *render.Markdown
	// of holds the reports counted by use: filled while the jobs are
	// listed, then only read. A report no job counted (its page and
	// report.json kept by serve's incremental rebuild) has no entry and
	// is rendered where asked, so that one edit of a large portal does
	// not pay for an entry per report.
	of map[*report.Report]*narrative
}

type narrative struct {
	mu       sync.Mutex
	users    int             // jobs yet to take the whole narrative
	all      []template.HTML // the six sections, until the last user took them
	overview template.HTML   // section 0, kept for the feeds
	rendered bool            // overview is set
}

func newNarratives(md *render.Markdown) *narratives {
	return &narratives{md: md, of: map[*report.Report]*narrative{}}
}

// use counts one more job that will call sections for r. It is called
// while the jobs are listed, before any runs.
func (n *narratives) use(r *report.Report) {
	x := n.of[r]
	if x == nil {
		x = &narrative{}
		n.of[r] = x
	}
	x.users++
}

// sections returns r's narrative rendered, one HTML per report.Sections,
// for one of the users counted by use. The slice is shared: read only.
func (n *narratives) sections(r *report.Report) ([]template.HTML, error) {
	x := n.of[r]
	if x == nil {
		return n.md.Sections(r)
	}
	// Held while rendering: a second user of the report waits for the
	// first's result rather than render it too.
	x.mu.Lock()
	defer x.mu.Unlock()
	all := x.all
	if all == nil {
		all = make([]template.HTML, len(report.Sections))
		for i := range all {
			if i == 0 && x.rendered {
				all[0] = x.overview // the feeds asked first
				continue
			}
			var err error
			if all[i], err = n.md.Section(r, i); err != nil {
				return nil, err
			}
		}
		x.overview, x.rendered = all[0], true
	}
	if x.users--; x.users > 0 {
		x.all = all
	} else {
		x.all = nil
	}
	return all, nil
}

// overview returns the first section of r's narrative rendered, for the
// feeds.
func (n *narratives) overview(r *report.Report) (template.HTML, error) {
	x := n.of[r]
	if x == nil {
		return n.md.Section(r, 0)
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if !x.rendered {
		h, err := n.md.Section(r, 0)
		if err != nil {
			return "", err
		}
		x.overview, x.rendered = h, true
	}
	return x.overview, nil
}
