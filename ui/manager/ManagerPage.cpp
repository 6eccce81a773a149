#include "ManagerPage.h"

#include "ExpiryTab.h"
#include "PageWidgets.h"
#include "ReportsTab.h"
#include "StockCountTab.h"
#include "StockRequestsTab.h"
#include "StockTab.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace omnitill::ui {

ManagerPage::ManagerPage(Till& till, QWidget* parent) : QWidget(parent), m_till(till)
{
    setObjectName(QStringLiteral("managerPage"));
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("managerTitleLabel"));
    QFont big = m_title->font();
    big.setPointSize(big.pointSize() + 4);
    big.setBold(true);
    m_title->setFont(big);
    header->addWidget(m_title, 1);
    m_back = makeButton("managerBackPushButton", this);
    m_back->hide();
    header->addWidget(m_back);
    layout->addLayout(header);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("managerTabWidget"));
    m_stock = new StockTab(till, m_tabs);
    m_count = new StockCountTab(till, m_tabs);
    m_requests = new StockRequestsTab(till, m_tabs);
    m_expiry = new ExpiryTab(till, m_tabs);
    m_reports = new ReportsTab(till, m_tabs);
    m_tabs->addTab(m_stock, QString());
    m_tabs->addTab(m_expiry, QString());
    m_tabs->addTab(m_count, QString());
    m_tabs->addTab(m_requests, QString());
    m_tabs->addTab(m_reports, QString());
    layout->addWidget(m_tabs, 1);
    connect(m_back, &QPushButton::clicked, this, &ManagerPage::backRequested);
    connect(m_count, &StockCountTab::countApproved, this, &ManagerPage::somethingToSync);
    connect(m_requests, &StockRequestsTab::requestChanged, this, &ManagerPage::somethingToSync);
    connect(m_expiry, &ExpiryTab::stockChanged, this, &ManagerPage::somethingToSync);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        refresh();
        m_tabs->currentWidget()->setFocus();
    });
    setFocusProxy(m_tabs);
    retranslate();
}

void ManagerPage::setSession(const Session& session)
{
    // Counting and expiry are anyone's work; costs, stock value, requests and reports are not.
    const bool figures = session.may(Action::ViewFigures);
    for (QWidget* tab : {static_cast<QWidget*>(m_stock), static_cast<QWidget*>(m_requests), static_cast<QWidget*>(m_reports)})
        m_tabs->setTabVisible(m_tabs->indexOf(tab), figures);
    if (!figures)
        m_tabs->setCurrentWidget(m_count);
    m_count->setSession(session);
    m_requests->setSession(session);
    m_expiry->setSession(session);
}

void ManagerPage::setLanguage(const QString& language)
{
    m_reports->setLanguage(language);
}

void ManagerPage::setBackVisible(bool visible)
{
    m_back->setVisible(visible);
}

void ManagerPage::syncProgressed()
{
    if (isVisible() && m_tabs->currentWidget() == m_requests)
        m_requests->refresh();
}

void ManagerPage::refresh()
{
    QWidget* current = m_tabs->currentWidget();
    if (current == m_stock)
        m_stock->refresh();
    else if (current == m_expiry)
        m_expiry->refresh();
    else if (current == m_count)
        m_count->refresh();
    else if (current == m_requests)
        m_requests->refresh();
    else
        m_reports->refresh();
}

void ManagerPage::handleScan(const QString& code)
{
    QWidget* current = m_tabs->currentWidget();
    if (current == m_count)
        m_count->handleScan(code);
    else if (current == m_requests)
        m_requests->handleScan(code);
    else
        m_stock->find(code);
}

void ManagerPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ManagerPage::retranslate()
{
    m_title->setText(tr("Manager's console — %1").arg(m_till.settings().storeName()));
    m_back->setText(tr("&Back to the till"));
    m_tabs->setTabText(m_tabs->indexOf(m_stock), tr("Stoc&k"));
    m_tabs->setTabText(m_tabs->indexOf(m_expiry), tr("E&xpiry"));
    m_tabs->setTabText(m_tabs->indexOf(m_count), tr("C&ount"));
    m_tabs->setTabText(m_tabs->indexOf(m_requests), tr("Re&quests"));
    m_tabs->setTabText(m_tabs->indexOf(m_reports), tr("Re&ports"));
    m_tabs->setAccessibleName(tr("Manager's console"));
}

} // namespace omnitill::ui
