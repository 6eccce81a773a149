#pragma once

#include "Till.h"
#include "reports/SalesReport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace omnitill::ui {

class BarChart;

// The manager's reports: sales by hour, category, channel and cashier, the top products, and the
// stock's value by category, over today or the last 7 or 28 days, as a table and a chart, exported
// as CSV.
class ReportsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsTab(Till& till, QWidget* parent = nullptr);

    void setLanguage(const QString& language) { m_language = language; }
    void refresh();
    // Writes the report on screen to path; returns the error, empty on success.
    QString exportCsv(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    QList<ReportRow> rows() const;
    void chooseFileAndExport();
    void retranslate();

    Till& m_till;
    QString m_language = QStringLiteral("en");
    QComboBox* m_report = nullptr;
    QComboBox* m_period = nullptr;
    QTableWidget* m_table = nullptr;
    BarChart* m_chart = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace omnitill::ui
