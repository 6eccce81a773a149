#pragma once

#include <QLabel>

namespace omnitill {
class IntegrityWatch;
}

namespace omnitill::ui {

// Watches the store file (a quick check in the background when the window opens, a full one on
// request, after the shift is closed) and, once the file is found damaged, stays on screen above
// every page with the file's name and the way to recover. Selling is refused by the store itself.
class StoreHealthBanner : public QLabel
{
    Q_OBJECT
public:
    StoreHealthBanner(const QString& storePath, QWidget* parent = nullptr);

    void checkFully();
    // Shows the damage a query met since (the store marks the file when SQLite reports it).
    void refresh();
    bool isDamaged() const { return !m_detail.isEmpty(); }

signals:
    void damaged(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showDamage(const QString& detail);
    void retranslate();

    QString m_path;
    QString m_detail;
    IntegrityWatch* m_watch = nullptr;
};

} // namespace omnitill::ui
