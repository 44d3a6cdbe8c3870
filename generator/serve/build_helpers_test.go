package serve

import "github.com/gongkai/gongkai/generator/content"

// build is buildWith as serve calls it after a successful build: prev,
// the last successful build, whose unchanged outputs are kept (see scope.go) and
// whose loaded content is reused where unchanged.
func build(source string, changes []Change, prev *outcome) *outcome {
	var loader *content.Cache
	if prev != nil {
		loader = prev.loader
	}
	return buildWith(loader, source, changes, prev)
}

// each calls fn for every file, in no order.
func (f files) each(fn func(rel string, b []byte)) {
	for _, g := range f {
		for rel, b := range g {
			fn(rel, b)
		}
	}
}
