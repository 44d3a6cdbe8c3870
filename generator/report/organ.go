package report

// Organ is a government organ whose reports the portal publishes.
type Organ struct {
	Slug     string
	Name     string
	Category string
	Order    int
	Website  string
	File     string    // path of org.toml
	Reports  []*Report // sorted by year, oldest first
}

// Latest is the organ's most recent report, or nil.
func (o *Organ) Latest() *Report {
	if len(o.Reports) == 0 {
		return nil
	}
	return o.Reports[len(o.Reports)-1]
}

// Previous returns the report of the year before r's, or nil when the
// organ has none for that year.
func (o *Organ) Previous(r *Report) *Report {
	for _, p := range o.Reports {
		if p.Year == r.Year-1 {
			return p
		}
	}
	return nil
}
