package report

// This file holds the labels of the 2019 national format
// (国办公开办函〔2019〕60号), used by the reports for 2019 and 2020. Tables
// 三 and 四 are the same as in 2021 except that （六）其他处理 is printed as
// a single row; table 二 is a different table altogether, spelled here.

// Labels of table 二 in the 2019 format, as printed on the form.
const (
	Article20Item9     = "第二十条第（九）项"
	MadeLabel          = "本年新制作数量"
	NewlyPublicLabel   = "本年新公开数量"
	PublicTotalLabel   = "对外公开总数量"
	PreviousItemsLabel = "上一年项目数量"
	ChangeLabel        = "本年增/减"
	DecisionCountLabel = "处理决定数量"
	NormativeLabel2019 = "规范性文件"
	OtherServicesLabel = "其他对外管理服务事项"
	ProcurementLabel   = "政府集中采购"
	ProjectsLabel      = "采购项目数量"
	ProcurementAmount  = "采购总金额"
	// ProcurementUnit is the unit of 采购总金额: the form prints amounts
	// in 元 (with the 元 after the figure), unlike 2021's 收费 in 万元.
	ProcurementUnit = "元"
)

// SignedKey is the one cell of table 二 that may be negative: 本年增/减.
const SignedKey = "change"

// Columns of the rows of table 二 in the 2019 format.
var (
	MadeColumns = []Column{
		{"made", MadeLabel},
		{"published", NewlyPublicLabel},
		{"total", PublicTotalLabel},
	}
	ItemColumns = []Column{
		{"previous", PreviousItemsLabel},
		{SignedKey, ChangeLabel},
		{"decisions", DecisionCountLabel},
	}
	FeeItemColumns = []Column{
		{"previous", PreviousItemsLabel},
		{SignedKey, ChangeLabel},
	}
	ProcurementColumns = []Column{
		{"projects", ProjectsLabel},
		{"amount", ProcurementAmount},
	}
)

// ActiveRows2019 are the rows of table 二 in the 2019 format, in printed
// order, except 政府集中采购, whose amount is a decimal (Active2019.Procurement).
var ActiveRows2019 = []ActiveRow{
	{Key: "regulations", Label: RegulationsLabel, Item: Article20Item1, Columns: MadeColumns},
	{Key: "normative_documents", Label: NormativeLabel2019, Item: Article20Item1, Columns: MadeColumns},
	{Key: "licensing", Label: LicensingLabel, Item: Article20Item5, Columns: ItemColumns},
	{Key: "other_services", Label: OtherServicesLabel, Item: Article20Item5, Columns: ItemColumns},
	{Key: "punishment", Label: PunishmentLabel, Item: Article20Item6, Columns: ItemColumns},
	{Key: "coercion", Label: CoercionLabel, Item: Article20Item6, Columns: ItemColumns},
	{Key: "fees", Label: FeesLabel, Item: Article20Item8, Columns: FeeItemColumns},
}

// ProcurementKey is the TOML and JSON key of 政府集中采购.
const ProcurementKey = "procurement"

// procurementRow is 政府集中采购 as the 2019 form prints it, after
// ActiveRows2019.
var procurementRow = ActiveRow{Key: ProcurementKey, Label: ProcurementLabel, Item: Article20Item9,
	Columns: ProcurementColumns, Amount: "amount", Unit: ProcurementUnit}

// DecisionRows2019 maps the rows of table 二 that both formats share: the
// 处理决定数量 of 行政许可, 行政处罚 and 行政强制, indexed like
// DecisionKinds, to their index in ActiveRows2019. Every other figure of
// table 二 is counted differently in the two formats and is not comparable.
var DecisionRows2019 = []int{2, 4, 5}

// DecisionColumn2019 is the index of 处理决定数量 in ItemColumns.
const DecisionColumn2019 = 2
