// Package themes embeds the default theme so that the gongkai binary
// works with no files beside it.
package themes

import (
	"embed"
	"io/fs"
)

//go:embed default
var embedded embed.FS

// Default is the default theme: layouts/ (html/template) and static/.
func Default() fs.FS {
	sub, err := fs.Sub(embedded, "default")
	if err != nil {
		panic(err) // the embed directive guarantees the directory
	}
	return sub
}
