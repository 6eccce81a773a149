#pragma once

#include <QWidget>

namespace omnitill::ui {

// A horizontal bar chart of labelled values, drawn with the palette's colours and each bar's value
// written beside it, so nothing depends on telling colours apart.
class BarChart : public QWidget
{
    Q_OBJECT
public:
    explicit BarChart(QWidget* parent = nullptr);

    // valueTexts: how each value is shown (money, quantity); same length as labels and values.
    void setData(const QStringList& labels, const QList<qint64>& values, const QStringList& valueTexts);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QStringList m_labels;
    QList<qint64> m_values;
    QStringList m_texts;
};

} // namespace omnitill::ui
