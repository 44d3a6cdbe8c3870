package opendata

import "github.com/gongkai/gongkai/generator/report"

// SchemaID is the $id of report.schema.json. It names the version, not a
// portal: every portal publishes the same schema, and a consumer can tell
// from the $id alone which shape a report.json has.
const SchemaID = "urn:gongkai:schema:report:" + SchemaVersion

// Schema is report.schema.json (JSON Schema 2020-12), derived from the
// same labels as report.json. Every object is closed and lists all its
// keys as required, so a consumer can rely on each key being present:
// null marks what the report did not publish.
func Schema() Object {
	s := Object{
		{"$schema", "https://json-schema.org/draft/2020-12/schema"},
		{"$id", SchemaID},
		{"title", "政府信息公开工作年度报告数据（report.json）"},
		{"description", "One annual government-information-disclosure report in the 2021 national format (国办公开办函〔2021〕30号) or, for reports of 2019 and 2020, the 2019 format (国办公开办函〔2019〕60号; format = \"2019\", with its own table 二), as published by a gongkai portal. Counts are non-negative integers; null marks a cell or row the report did not publish."},
	}
	tables := &Object{}
	for _, e := range entries {
		tables.Set(e.Path, e.schema())
	}
	props := Object{
		{"schema_version", Object{{"const", SchemaVersion}}},
		{"organization", closed(Object{
			{"slug", Object{{"type", "string"}, {"pattern", "^[a-z0-9-]+$"}}},
			{"name", Object{{"type", "string"}, {"minLength", 1}}},
			{"category", nullable("string")},
			{"website", nullable("string")},
		})},
		{"year", Object{{"type", "integer"}, {"minimum", 1000}, {"maximum", 9999}}},
		{"format", Object{{"enum", report.FormatIDs()},
			{"description", "the national format the tables follow; it decides the shape of active (table 二)"}}},
		{"published", Object{{"type", []string{"string", "null"}}, {"format", "date"}}},
	}
	var active2021 Object
	for _, m := range *tables {
		if m.Key == "active" {
			active2021 = objectSchema(m.Value.(*Object))
			props = append(props, Member{m.Key, Object{{"type", "object"},
				{"description", "表二（主动公开政府信息情况）; its shape depends on format: see if/then/else"}}})
			continue
		}
		props = append(props, Member{m.Key, objectSchema(m.Value.(*Object))})
	}
	props = append(props,
		Member{"indicators", closed(indicatorSchemas())},
		Member{"acknowledged", Object{{"type", "array"}, {"items", closed(Object{
			{"rule", Object{{"type", "string"}}},
			{"row", Object{{"type", "string"}}},
			{"note", Object{{"type", "string"}}},
			{"findings", Object{{"type", "array"}, {"items", Object{{"type", "string"}}}}},
		})}}},
		Member{"narrative", closed(sectionProps())},
		Member{"links", closed(Object{
			{"html", uri()}, {"json", uri()}, {"csv", uri()}, {"organization", uri()},
			{"feed", uri()}, {"previous", uri()}, {"next", uri()}, {"schema", uri()},
		})},
	)
	s = append(s, closed(props)...)
	s = append(s, activeByFormat(report.Formats[1:], active2021)...)
	s = append(s, Member{"$defs", Object{
		{"count", Object{{"type", []string{"integer", "null"}}, {"minimum", 0}}},
		{"signed_count", Object{{"type", []string{"integer", "null"}}, {"description", "本年增/减: may be negative"}}},
		{"amount", Object{{"type", []string{"number", "null"}}, {"minimum", 0}}},
	}})
	return s
}

// activeByFormat is the schema of active for each format after the one
// in force, as if/then/else: if format is the first of others, its
// table 二, else the next, and last inForce, the format in force's.
func activeByFormat(others []*report.FormatSpec, inForce Object) Object {
	if len(others) == 0 {
		return nil // one format: nothing to choose
	}
	f := others[0]
	table := &Object{}
	for _, e := range entriesByFormat[f.ID][:len(f.Active)] {
		table.Set(e.Path, e.schema())
	}
	then := Object{{"properties", Object{{"active", objectSchema((*table)[0].Value.(*Object))}}}}
	ifFormat := Object{{"properties", Object{{"format", Object{{"const", f.ID}}}}}}
	if len(others) == 1 {
		return Object{{"if", ifFormat}, {"then", then}, {"else", Object{{"properties", Object{{"active", inForce}}}}}}
	}
	return Object{{"if", ifFormat}, {"then", then}, {"else", activeByFormat(others[1:], inForce)}}
}

// schema is the schema of one table entry.
func (e entry) schema() Object {
	switch e.Kind {
	case countCell:
		return ref("count")
	case amountCell:
		return ref("amount")
	}
	cells := make(Object, 0, len(e.Columns))
	for j, c := range e.Columns {
		cells = append(cells, Member{c.Key, ref(e.def(j))})
	}
	o := closed(cells)
	o[0].Value = []string{"object", "null"}
	return append(Object{{"description", e.Label}}, o...)
}

// objectSchema turns a tree of entry schemas into nested closed objects.
func objectSchema(tree *Object) Object {
	props := make(Object, 0, len(*tree))
	for _, m := range *tree {
		if child, ok := m.Value.(*Object); ok {
			props = append(props, Member{m.Key, objectSchema(child)})
			continue
		}
		props = append(props, m)
	}
	return closed(props)
}

// closed is an object schema with exactly these properties, all required.
func closed(props Object) Object {
	keys := make([]string, len(props))
	for i, m := range props {
		keys[i] = m.Key
	}
	return Object{
		{"type", "object"},
		{"properties", props},
		{"required", keys},
		{"additionalProperties", false},
	}
}

func sectionProps() Object {
	o := make(Object, 0, len(report.Sections))
	for _, s := range report.Sections {
		o = append(o, Member{s.ID, Object{{"type", "string"}, {"description", s.Heading() + "（HTML）"}}})
	}
	return o
}

func ref(name string) Object { return Object{{"$ref", "#/$defs/" + name}} }

func nullable(typ string) Object { return Object{{"type", []string{typ, "null"}}} }

func uri() Object {
	return Object{{"type", []string{"string", "null"}}, {"format", "uri-reference"}}
}

// indicatorSchemas describes every indicator of docs/indicators.md.
func indicatorSchemas() Object {
	out := Object{}
	for _, in := range report.Indicators {
		out = append(out, Member{in.Key, Object{{"type", []string{"number", "null"}}, {"minimum", 0},
			{"description", in.Label + "：" + in.Formula + "；null when a cell is blank or the denominator is 0"}}})
	}
	return out
}
