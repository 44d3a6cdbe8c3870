package opendata

import (
	"encoding/json"

	"github.com/gongkai/gongkai/generator/report"
)

// SchemaVersion is report.json's schema_version. It changes, with the
// schema's $id, whenever a consumer would have to change its code: a
// renamed or removed key, a changed type. Adding a key is a change too,
// since the objects are closed.
const SchemaVersion = "1.0"

// Input is what report.json needs beyond the report model.
type Input struct {
	Organ     *report.Organ
	Report    *report.Report
	Narrative []string         // rendered HTML, indexed like report.Sections
	Findings  []report.Finding // the report's findings; the acknowledged ones are published
	Links     Links
}

// Links are the absolute URLs a report.json points to; "" is written as
// null.
type Links struct {
	HTML         string // the report's page
	JSON         string // this file
	CSV          string
	Organization string // the organ's page
	Feed         string // the organ's feed
	Previous     string // report.json of the previous year, if published
	Next         string // report.json of the next year, if published
	Schema       string
}

// Document builds report.json: the tables with named cells, indicators,
// acknowledged findings, narrative and links, keys in a fixed order.
func Document(in Input) Object {
	r, o := in.Report, in.Organ
	doc := Object{
		{"schema_version", SchemaVersion},
		{"organization", Object{
			{"slug", o.Slug},
			{"name", o.Name},
			{"category", orNull(o.Category)},
			{"website", orNull(o.Website)},
		}},
		{"year", r.Year},
		{"format", r.Format},
		{"published", orNull(r.Published)},
	}
	tables := &Object{}
	for _, e := range entriesFor(r) {
		tables.Set(e.Path, e.get(r))
	}
	doc = append(doc, *tables...)
	doc = append(doc,
		Member{"indicators", Indicators(r)},
		Member{"acknowledged", acknowledged(r, in.Findings)},
		Member{"narrative", narrative(in.Narrative)},
		Member{"links", in.Links.object()},
	)
	return doc
}

// Indicators are the rates of report.Indicators (docs/indicators.md), as
// fractions with four decimals (0.8041 is 80.41%); null when a cell they
// need is blank or the denominator is zero.
func Indicators(r *report.Report) Object {
	h := report.HeadlineOf(r)
	out := make(Object, 0, len(report.Indicators))
	for _, in := range report.Indicators {
		var v any
		if f := in.Rate(h).Fraction(4); f != "" {
			v = json.Number(f)
		}
		out = append(out, Member{in.Key, v})
	}
	return out
}

// acknowledged lists the report's acknowledgements with the findings
// they cover, as the page's 数据核对说明 shows them.
func acknowledged(r *report.Report, fs []report.Finding) []Object {
	out := []Object{}
	for _, a := range r.Acknowledged {
		msgs := []string{}
		for _, f := range fs {
			if f.Acknowledged && f.File == r.File && f.Rule == a.Rule && f.Row == a.Row {
				msgs = append(msgs, f.Message)
			}
		}
		out = append(out, Object{{"rule", a.Rule}, {"row", a.Row}, {"note", a.Note}, {"findings", msgs}})
	}
	return out
}

func narrative(html []string) Object {
	o := make(Object, 0, len(report.Sections))
	for i, s := range report.Sections {
		h := ""
		if i < len(html) {
			h = html[i]
		}
		o = append(o, Member{s.ID, h})
	}
	return o
}

func (l Links) object() Object {
	return Object{
		{"html", orNull(l.HTML)},
		{"json", orNull(l.JSON)},
		{"csv", orNull(l.CSV)},
		{"organization", orNull(l.Organization)},
		{"feed", orNull(l.Feed)},
		{"previous", orNull(l.Previous)},
		{"next", orNull(l.Next)},
		{"schema", orNull(l.Schema)},
	}
}

func orNull(s string) any {
	if s == "" {
		return nil
	}
	return s
}
