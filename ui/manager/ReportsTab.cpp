#include "ReportsTab.h"

#include "BarChart.h"
#include "PageWidgets.h"
#include "common/DomainError.h"
#include "receipt/ReceiptLayout.h"
#include "reports/SalesReport.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omnitill::ui {

namespace {
enum Report
{
    ByHour,
    ByCategory,
    ByChannel,
    ByCashier,
    TopProducts,
    StockValue
};
enum Column
{
    Label,
    Sales,
    Returns,
    Quantity,
    Gross,
    Net,
    Cost,
    Margin,
    Columns
};
const int kPeriods[] = {1, 7, 28};
} // namespace

ReportsTab::ReportsTab(Till& till, QWidget* parent) : QWidget(parent), m_till(till)
{
    setObjectName(QStringLiteral("reportsTab"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_report = new QComboBox(this);
    m_report->setObjectName(QStringLiteral("reportKindComboBox"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("reportPeriodComboBox"));
    m_export = makeButton("reportExportPushButton", this);
    for (QWidget* w : std::initializer_list<QWidget*>{m_report, m_period})
        w->setMinimumHeight(44);
    top->addWidget(m_report, 1);
    top->addWidget(m_period);
    top->addWidget(m_export);
    layout->addLayout(top);
    auto* body = new QHBoxLayout;
    m_table = makeTable("reportTable", this);
    m_table->setColumnCount(Columns);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Stretch);
    body->addWidget(m_table, 3);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_chart = new BarChart(scroll);
    m_chart->setObjectName(QStringLiteral("reportChart"));
    scroll->setWidget(m_chart);
    body->addWidget(scroll, 2);
    layout->addLayout(body, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    connect(m_report, &QComboBox::currentIndexChanged, this, &ReportsTab::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsTab::refresh);
    connect(m_export, &QPushButton::clicked, this, &ReportsTab::chooseFileAndExport);
    setFocusProxy(m_report);
    retranslate();
}

QList<ReportRow> ReportsTab::rows() const
{
    const int report = m_report->currentIndex();
    if (report == StockValue)
        return SalesReport(m_till.db(), m_till.settings()).stockValueByCategory(m_language);
    const QDate today = m_till.settings().businessDay(m_till.clock().nowUtc());
    const QDate from = today.addDays(1 - kPeriods[std::clamp(m_period->currentIndex(), 0, 2)]);
    static const SalesReport::By kinds[] = {SalesReport::By::Hour, SalesReport::By::Category, SalesReport::By::Channel,
                                            SalesReport::By::Cashier, SalesReport::By::Product};
    return SalesReport(m_till.db(), m_till.settings())
        .sales(kinds[std::clamp(report, 0, 4)], from, today, m_language, report == TopProducts ? 20 : 0);
}

void ReportsTab::refresh()
{
    // Reading a report first folds in the receipts since the last one, which a damaged store
    // refuses to write: the tab says why instead of showing figures that leave them out.
    QList<ReportRow> data;
    QString problem;
    try {
        data = rows();
    } catch (const DomainError& e) {
        problem = e.message();
    }
    const Currency currency = m_till.settings().currency();
    const bool stock = m_report->currentIndex() == StockValue;
    const auto money = [&](qint64 minor) { return ReceiptLayout::amount(minor, currency, QLocale()); };
    m_table->setRowCount(int(data.size()));
    QStringList labels;
    QList<qint64> values;
    QStringList texts;
    for (int row = 0; row < data.size(); ++row) {
        const ReportRow& r = data[row];
        QString label = r.label;
        if (m_report->currentIndex() == ByChannel) {
            if (label == QLatin1String("till"))
                label = tr("Till");
            else if (label == QLatin1String("kiosk"))
                label = tr("Kiosk");
            else if (label == QLatin1String("pickup"))
                label = tr("Pickup desk");
        }
        if (label.isEmpty())
            label = tr("(none)");
        m_table->setItem(row, Label, cell(label));
        m_table->setItem(row, Sales, cell(QString::number(r.sales), true));
        m_table->setItem(row, Returns, cell(stock ? QString() : QString::number(r.returns), true));
        m_table->setItem(row, Quantity, cell(QLocale().toString(r.quantity), true));
        m_table->setItem(row, Gross, cell(money(r.gross), true));
        m_table->setItem(row, Net, cell(stock ? QString() : money(r.net), true));
        m_table->setItem(row, Cost, cell(money(r.cost), true));
        m_table->setItem(row, Margin, cell(stock ? QString() : money(r.margin), true));
        labels << label;
        values << r.gross;
        texts << money(r.gross);
    }
    // What the rows are: "Item" alone reads as "product" in Russian and Chinese.
    const QStringList rowTitles{tr("Hour"), tr("Category"), tr("Channel"), tr("Cashier"), tr("Product"), tr("Category")};
    m_table->setHorizontalHeaderLabels({rowTitles.value(m_report->currentIndex(), tr("Item")), stock ? tr("Products") : tr("Receipts"),
                                        tr("Returns"), tr("Quantity"), stock ? tr("Value at cost") : tr("Sales less returns"), tr("Net"),
                                        tr("Cost"), tr("Margin")});
    m_table->setColumnHidden(Returns, stock);
    m_table->setColumnHidden(Net, stock);
    m_table->setColumnHidden(Margin, stock);
    m_chart->setData(labels, values, texts);
    m_chart->setAccessibleName(m_report->currentText());
    m_export->setEnabled(!data.isEmpty());
    if (!problem.isEmpty())
        showMessage(m_message, problem, true);
    else
        showMessage(m_message, data.isEmpty() ? tr("Nothing sold in this period.") : QString(), false);
}

QString ReportsTab::exportCsv(const QString& path)
{
    QStringList headers;
    for (int c = 0; c < Columns; ++c)
        headers << m_table->horizontalHeaderItem(c)->text();
    headers.prepend(tr("Key"));
    QString csv;
    try {
        csv = SalesReport::toCsv(rows(), headers, m_till.settings().currency().exponent());
    } catch (const DomainError& e) {
        return e.message();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

void ReportsTab::chooseFileAndExport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export report"), m_report->currentText() + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportCsv(path);
    showMessage(m_message, error.isEmpty() ? tr("Exported to %1").arg(path) : error, !error.isEmpty());
}

void ReportsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsTab::retranslate()
{
    const int report = std::max(0, m_report->currentIndex());
    const int period = std::max(0, m_period->currentIndex());
    {
        const QSignalBlocker a(m_report);
        const QSignalBlocker b(m_period);
        m_report->clear();
        m_report->addItems({tr("Sales by hour"), tr("Sales by category"), tr("Sales by channel"), tr("Sales by cashier"),
                            tr("Top products"), tr("Stock value by category")});
        m_report->setCurrentIndex(report);
        m_period->clear();
        m_period->addItems({tr("Today"), tr("Last 7 days"), tr("Last 28 days")});
        m_period->setCurrentIndex(period);
    }
    m_report->setAccessibleName(tr("Report"));
    m_period->setAccessibleName(tr("Period"));
    m_export->setText(tr("&Export CSV..."));
    m_table->setAccessibleName(tr("Report table"));
    refresh();
}

} // namespace omnitill::ui
