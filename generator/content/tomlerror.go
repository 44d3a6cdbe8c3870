package content

import (
	"regexp"
	"strings"
)

// The TOML decoder's messages are English and name the decoder's terms
// ("table terminator", "inline table"). A clerk editing a report gets
// them in Chinese, with what to do; the few left untranslated keep the
// original after a Chinese lead.

// tomlMessages pairs a decoder message with its Chinese form; $1 is the
// value the message quotes.
var tomlMessages = []struct {
	pattern *regexp.Regexp
	chinese string
}{
	{regexp.MustCompile(`^invalid datetime: "(.*)"$`), `日期 $1 无效：应为实际存在的日期，写作 年-月-日（如 2024-01-20），不加引号`},
	{regexp.MustCompile(`^expected value but found (.*) instead$`), `此处应为一个值，实为 $1：文字要加英文双引号（如 name = "某某局"），数字不加引号；全角的［］｛｝“”，＝ 请改为半角`},
	{regexp.MustCompile(`^strings cannot contain newlines$`), `字符串没有在本行结束：请在同一行内补上结尾的英文双引号 "`},
	{regexp.MustCompile(`^newlines not allowed within inline tables$`), `花括号 { } 内的表要写在一行之内`},
	{regexp.MustCompile(`^Key '(.*)' has already been defined\.$`), `键 $1 重复：同一个键或表只能写一次，请删去或合并重复的一处`},
	{regexp.MustCompile(`^Key '(.*)' was already created (and cannot be used as an array|as a hash)\.$`), `键 $1 重复：它已作为另一种表写过一次，请删去或合并重复的一处`},
	{regexp.MustCompile(`^(.*) is not a table$`), `$1 已是一个值，不能再作为表`},
	{regexp.MustCompile(`^expected a comma \(','\) or array terminator \(']'\), but got '[，、]'$`), `数组中的值之间应为英文逗号 ,，实为全角的 “，” 或 “、”：请改为半角逗号`},
	{regexp.MustCompile(`^expected a comma \(','\) or array terminator \(']'\), but got end of file$`), `数组没有以 ] 结束，文件就结束了：请在数组末尾补上 ]`},
	{regexp.MustCompile(`^expected a comma \(','\) or array terminator \(']'\), but got (.*)$`), `数组没有以 ] 结束，或两个值之间缺少逗号（错误在此行或上一行）：此处应为 , 或 ]，实为 $1；数组写作 [1, 2, 3]`},
	{regexp.MustCompile(`^expected a comma or an inline table terminator '}', but got (.*) instead$`), `花括号内的各项之间应为英文逗号 ,，末尾为 }，实为 $1`},
	{regexp.MustCompile(`^(.*) is out of range for int64$`), `数值 $1 过大：报告中的数不会这么大，请核对`},
	{regexp.MustCompile(`^expected '\.' or '=', but got (.*) instead$`), `键名之后应为 =，实为 $1：键名只能用英文字母、数字、_ 和 -，键名与值之间用 = 连接`},
	{regexp.MustCompile(`^expected '\.' or '\]' to end table name, but got (.*) instead$`), `表名应以 ] 结束，实为 $1（全角的 ］ 请改为半角）`},
	{regexp.MustCompile(`^expected end of table array name delimiter '\]', but got (.*) instead$`), `[[ ]] 表名应以 ]] 结束，实为 $1`},
	{regexp.MustCompile(`^expected a top-level item to end with a newline, comment, or EOF, but got (.*) instead$`), `一行只能写一项：值之后应换行或写 # 注释，实为 $1`},
	{regexp.MustCompile(`^unexpected EOF.*$`), `文件在一项写完之前就结束了：请补全最后一行（是否少了值或结尾的引号、括号？）`},
	{regexp.MustCompile(`^unexpected '=': key name appears blank$`), `= 之前缺少键名`},
	{regexp.MustCompile(`^unexpected (end of table name|table separator) \(table names cannot be empty\)$`), `表名为空：[ ] 之间应写表名，如 [active]`},
	{regexp.MustCompile(`^invalid escape in string '(.*)'$`), `字符串中的反斜杠 $1 不是有效的转义：反斜杠请写作 \\\\，或改用单引号字符串`},
	{regexp.MustCompile(`^invalid UTF-8 byte: (.*)$`), `含无效的 UTF-8 字节 $1：文件是否保存成了 GBK 编码？请另存为 UTF-8`},
	{regexp.MustCompile(`^files cannot contain NULL bytes.*$`), `文件含空字节：可能保存成了 UTF-16 编码，请另存为 UTF-8`},
	{regexp.MustCompile(`^invalid float: '(.*)'$`), `小数 $1 无效：应写作如 1.5 的形式`},
	{regexp.MustCompile(`^Invalid (?:integer|float) "(.*)": cannot have leading zeroes$`), `数 $1 无效：不能以 0 开头（写作如 23，而不是 023）`},
	{regexp.MustCompile(`^Invalid (?:integer|float) "(.*)": underscores must be surrounded by digits$`), `数 $1 无效：数中不要写下划线`},
	{regexp.MustCompile(`^Invalid float "(.*)": .*$`), `小数 $1 无效：小数点前后都要有数字，如 1.5`},
	{regexp.MustCompile(`^Invalid float value: "(.*)"$`), `小数 $1 无效：应写作如 1.5 的形式`},
	{regexp.MustCompile(`^floats must start with a digit, not '\.'$`), `小数应以数字开头：.5 请写作 0.5`},
	{regexp.MustCompile(`^unexpected comma$`), `多余的逗号`},
	{regexp.MustCompile(`^TOML files cannot contain control characters: '(.*)'$`), `含控制字符 $1：请删除（通常是复制时带进来的）`},
}

// tomlMessage returns the Chinese form of a decoder message.
func tomlMessage(msg string) string {
	for _, m := range tomlMessages {
		if m.pattern.MatchString(msg) {
			return m.pattern.ReplaceAllString(msg, m.chinese)
		}
	}
	return "无法解析（解析器原文：" + strings.TrimSpace(msg) + "）：请对照 docs/content-format.md 检查此行的写法"
}
