package sitetest

import "strings"

// Active2019 is table 二 of a valid 2019-format report, as Report2019
// writes it; tests change its lines with strings.Replace.
const Active2019 = `[active]
regulations         = { made = 0, published = 0, total = 7 }
normative_documents = { made = 2, published = 2, total = 20 }
licensing      = { previous = 10, change = -2, decisions = 3 }
other_services = { previous = 1, change = 0, decisions = 4 }
punishment     = { previous = 5, change = 1, decisions = 0 }
coercion       = { previous = 2, change = 0, decisions = 0 }
fees           = { previous = 3, change = -1 }
procurement    = { projects = 6, amount = 251000.50 }
`

// Report2019 is Report in the 2019 national format (国办公开办函〔2019〕60号):
// its own table 二, and （六）其他处理 as one subtotal row.
func Report2019(year, received, carriedOver, carriedForward int) string {
	r := Report(year, received, carriedOver, carriedForward)
	start, end := strings.Index(r, "[active]"), strings.Index(r, "[applications]")
	r = r[:start] + Active2019 + "\n" + r[end:]
	r = strings.Replace(r, `format = "2021"`, `format = "2019"`, 1)
	return strings.Replace(r, `no_correction  = [0, 0, 0, 0, 0, 0, 0]
no_fee_payment = [0, 0, 0, 0, 0, 0, 0]
other          = [0, 0, 0, 0, 0, 0, 0]`, `subtotal = [0, 0, 0, 0, 0, 0, 0]`, 1)
}
