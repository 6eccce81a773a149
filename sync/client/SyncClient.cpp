#include "SyncClient.h"
#include "store/SigningKeys.h"

#include "FeedApplier.h"
#include "HubReply.h"
#include "JournalSync.h"
#include "OneShotUpload.h"
#include "PushRequest.h"
#include "RequestSignature.h"
#include "SyncFeeds.h"
#include "common/Clock.h"
#include "common/DomainError.h"
#include "common/Tr.h"
#include "crypto/Signer.h"
#include "giftcards/GiftCardService.h"
#include "journal/Journal.h"
#include "member/MemberService.h"
#include "outbox/Outbox.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace omnitill {

namespace {
const QString kHubUrl = QStringLiteral("sync.hub_url");
const QString kDeviceId = QStringLiteral("sync.device_id");
const QString kHubCa = QStringLiteral("sync.hub_ca");
const QString kHubPins = QStringLiteral("sync.hub_pins");
} // namespace

SyncClient::SyncClient(Database& db, StoreSettings& settings, const Clock& clock, QNetworkAccessManager& network, QObject* parent)
    : QObject(parent), m_db(db), m_settings(settings), m_clock(clock), m_network(network)
{
}

SyncClient::~SyncClient() = default;

bool SyncClient::isEnrolled() const
{
    return !m_settings.value(kDeviceId).isEmpty();
}

void SyncClient::reloadSettings()
{
    if (!m_running)
        m_settings.reload();
}

QString SyncClient::deviceId() const
{
    return m_settings.value(kDeviceId);
}

QDateTime SyncClient::lastSuccess() const
{
    return QDateTime::fromString(m_settings.value(QStringLiteral("sync.last_success")), Qt::ISODateWithMs);
}

qint64 SyncClient::pendingCount()
{
    return Outbox::pendingCount(m_db);
}

Outbox SyncClient::outbox()
{
    return Outbox(m_db, m_clock, deviceId());
}

Signer& SyncClient::key()
{
    if (!m_key)
        m_key = SigningKeys(m_db, m_settings).deviceSigner();
    return *m_key;
}

void SyncClient::fail(const QString& message)
{
    m_running = false;
    abandonPushes();
    abandonJournal();
    try {
        Transaction tx(m_db);
        m_settings.setValue(QStringLiteral("sync.last_error"), message);
        tx.commit();
    } catch (const DomainError&) {
        // the store itself is failing; the signal below still tells the caller
    }
    emit failed(message);
}

void SyncClient::enroll(const QUrl& hub, const QString& token, const HubTrust& trust)
{
    if (isEnrolled()) {
        emit failed(Tr::tr("This till is already enrolled with a hub"));
        return;
    }
    // Sales, staff and keys cross this connection: in clear text only to a hub on this machine.
    const QHostAddress host(hub.host());
    const bool loopback = hub.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
    if (hub.scheme() != QLatin1String("https") && !(hub.scheme() == QLatin1String("http") && loopback)) {
        emit failed(
            Tr::tr("The hub's address must start with https:// (plain http:// only for a hub on this machine): %1").arg(hub.toString()));
        return;
    }
    if (!m_enrollKey || m_enrollToken != token.trimmed())
        m_enrollKey = EcdsaP256Signer::generate();
    m_enrollHub = hub;
    m_enrollToken = token.trimmed();
    if (m_enrollTrust && (m_enrollTrust->caPem() != trust.caPem() || m_enrollTrust->pins() != trust.pins()))
        m_network.clearConnectionCache(); // a connection kept from the last try keeps the trust it was made with
    m_enrollTrust = trust;
    m_attempt = 0;
    sendEnrollment();
}

void SyncClient::sendEnrollment()
{
    QJsonObject enrollment{{QStringLiteral("token"), m_enrollToken},
                           {QStringLiteral("public_key"), QString::fromLatin1(m_enrollKey->publicKeyDer().toBase64())}};
    if (const QByteArray journalKey = journalPublicKey(); !journalKey.isEmpty())
        enrollment.insert(QStringLiteral("journal_public_key"), QString::fromLatin1(journalKey.toBase64()));
    const QByteArray body = QJsonDocument(enrollment).toJson(QJsonDocument::Compact);
    QNetworkRequest request(m_enrollHub.resolved(QUrl(QStringLiteral("/v1/enroll"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(kEnrollTimeoutMs);
    QNetworkReply* reply = postOnce(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const HubReply r = HubReply::read(reply, kEnrollTimeoutMs);
        if (!r.ok()) {
            if (r.isTransient() && retryLater([this] { sendEnrollment(); }, r.retryAfterMs(), m_attempt))
                return;
            emit failed(Tr::tr("Enrollment failed: %1").arg(r.describe()));
            return;
        }
        const QJsonObject& answer = r.body;
        const QString device = answer.value(QStringLiteral("device_id")).toString();
        if (device.isEmpty()) {
            emit failed(Tr::tr("The hub sent an unreadable answer"));
            return;
        }
        try {
            Transaction tx(m_db);
            m_settings.setValue(kHubUrl, m_enrollHub.toString());
            m_settings.setValue(kHubCa, QString::fromLatin1(m_enrollTrust->caPem()));
            m_settings.setValue(kHubPins, m_enrollTrust->pins().join(u','));
            m_settings.setValue(kDeviceId, device);
            SigningKeys(m_db, m_settings).storeDeviceKey(*m_enrollKey);
            m_settings.setValue(QStringLiteral("sync.store_id"), answer.value(QStringLiteral("store_id")).toString());
            m_settings.setValue(QStringLiteral("sync.hub_public_key"), answer.value(QStringLiteral("hub_public_key")).toString());
            m_settings.setKioskCodeKey(answer.value(QStringLiteral("kiosk_code_key")).toString());
            // Receipt ids name the store and till the hub enrolled this till as, so they are
            // unique across the chain (another store's receipt is looked up by its id).
            const QString store = answer.value(QStringLiteral("store_id")).toString();
            const QString till = answer.value(QStringLiteral("till_code")).toString();
            if (!store.isEmpty())
                m_settings.setValue(QStringLiteral("store.code"), store);
            if (!till.isEmpty())
                m_settings.setValue(QStringLiteral("till.code"), till);
            tx.commit();
        } catch (const DomainError& e) {
            emit failed(e.message());
            return;
        }
        m_enrollKey.reset();
        m_enrollTrust.reset();
        emit enrolled(device, answer.value(QStringLiteral("store_id")).toString());
    });
}

HubTrust SyncClient::trust() const
{
    if (m_enrollTrust)
        return *m_enrollTrust;
    try {
        return HubTrust(m_settings.value(kHubCa).toLatin1(), m_settings.value(kHubPins).split(u',', Qt::SkipEmptyParts));
    } catch (const DomainError&) {
        return {}; // written only after the same checks at enrollment
    }
}

QNetworkReply* SyncClient::get(QNetworkRequest request)
{
    const HubTrust hubTrust = trust();
    hubTrust.apply(request);
    QNetworkReply* reply = m_network.get(request);
    hubTrust.watch(reply);
    return reply;
}

QNetworkReply* SyncClient::postOnce(QNetworkRequest request, const QByteArray& body)
{
    const HubTrust hubTrust = trust();
    hubTrust.apply(request);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto* upload = new OneShotUpload(body, nullptr);
    QNetworkReply* reply = m_network.post(request, upload);
    hubTrust.watch(reply);
    upload->setParent(reply);
    return reply;
}

bool SyncClient::retryLater(const std::function<void()>& step, int atLeastMs, int& attempt)
{
    if (attempt + 1 >= kMaxAttempts)
        return false;
    const int delayMs = qMax(250 << attempt, atLeastMs);
    ++attempt;
    QTimer::singleShot(delayMs, this, step);
    return true;
}

void SyncClient::syncNow()
{
    if (m_running)
        return;
    if (!isEnrolled()) {
        emit failed(Tr::tr("This till is not enrolled with a hub"));
        return;
    }
    m_running = true;
    ++m_run;
    m_summary = SyncSummary{};
    m_attempt = 0;
    m_journalAttempt = 0;
    m_sentUpTo = 0;
    m_pushRetry.reset();
    m_eventsPushed = false;
    m_journalEnded = false;
    m_journalFailure.reset();
    m_journalRound = 0;
    // The events and the journal go side by side (the hub checks the journal on a thread of its
    // own); what the hub has for the till follows once both are in.
    pushNextBatch();
    if (m_running)
        sendJournalStep(nullptr);
}

void SyncClient::sendJournalStep(const protocol::JournalSyncAnswer* last)
{
    if (!m_running)
        return;
    // Called from network callbacks and timers: nothing may escape into Qt's event loop.
    try {
        sendJournal(last);
    } catch (const DomainError& e) {
        journalEnded(e.message());
    }
}

void SyncClient::journalEnded(const std::optional<QString>& failure)
{
    m_journalEnded = true;
    m_journalFailure = failure;
    uploadsDone();
}

void SyncClient::uploadsDone()
{
    if (!m_eventsPushed || !m_journalEnded)
        return;
    // A journal the hub would not take fails the sync, but only once the events are in: they do
    // not wait for it.
    if (m_journalFailure) {
        fail(*m_journalFailure);
        return;
    }
    m_feed = 0;
    pullNextPage();
}

void SyncClient::abandonJournal()
{
    if (!m_journalReply)
        return;
    m_journalReply->disconnect(this);
    m_journalReply->abort();
    m_journalReply->deleteLater();
    m_journalReply = nullptr;
}

void SyncClient::pushNextBatch()
{
    // Called from network callbacks: nothing may escape into Qt's event loop.
    try {
        sendBatch();
    } catch (const DomainError& e) {
        fail(e.message());
    }
}

void SyncClient::sendBatch()
{
    const auto unanswered = std::count_if(m_pushes.cbegin(), m_pushes.cend(), [](const PushInFlight& p) { return !p.answer; });
    if (!m_running || m_eventsPushed || m_pushRetry || unanswered >= kPushesInFlight)
        return;
    // The next waits until the last one is on its way, and, when an answer sent events back to be
    // pushed again, until every push still out is answered.
    if (!m_pushes.isEmpty() && (!m_pushes.last().uploaded || m_sentUpTo < m_pushes.last().last))
        return;
    // The outbox holds each event as compact JSON already: the body is those texts in an array,
    // without parsing and writing them again.
    QList<QByteArray> events;
    qint64 first = 0;
    qint64 last = 0;
    for (const QueuedEvent& event : outbox().nextBatch(kBatchSize, m_sentUpTo)) {
        last = event.deviceSeq;
        if (events.isEmpty())
            first = last;
        events.append(event.payload);
    }
    if (events.isEmpty()) {
        if (!m_pushes.isEmpty())
            return; // the answers of those on their way come first
        m_eventsPushed = true;
        emit eventsPushed();
        uploadsDone();
        return;
    }
    const QByteArray body = protocol::PushRequest::body(events);
    QUrl url = QUrl(m_settings.value(kHubUrl)).resolved(QUrl(QStringLiteral("/v1/push")));
    if (!m_pushes.isEmpty())
        url.setQuery(QLatin1String(protocol::PushRequest::kAfterParameter) + QLatin1Char('=') + QString::number(m_pushes.last().last));
    const QNetworkRequest request = signedRequest("POST", url, body);
    m_summary.sent += events.size();
    QNetworkReply* reply = postOnce(request, body);
    m_pushes.append({first, last, reply, false, std::nullopt});
    m_sentUpTo = last;
    connect(reply, &QNetworkReply::uploadProgress, this, [this, reply](qint64 sent, qint64 total) {
        if (total <= 0 || sent < total)
            return;
        const auto it = std::find_if(m_pushes.begin(), m_pushes.end(), [reply](const PushInFlight& p) { return p.reply == reply; });
        if (it == m_pushes.end() || it->uploaded)
            return;
        it->uploaded = true;
        pushNextBatch(); // read, sign and send the next while the hub works on this one
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPushReply(reply); });
}

void SyncClient::onPushReply(QNetworkReply* reply)
{
    reply->deleteLater();
    const auto it = std::find_if(m_pushes.begin(), m_pushes.end(), [reply](const PushInFlight& p) { return p.reply == reply; });
    if (it == m_pushes.end())
        return; // abandoned
    it->answer = HubReply::read(reply, kTransferTimeoutMs);
    it->reply = nullptr;
    if (it->answer->ok())
        pushNextBatch(); // the hub gets the next before this answer is written down here
    while (!m_pushes.isEmpty() && m_pushes.first().answer) {
        if (!takePushAnswer(m_pushes.takeFirst()))
            return;
    }
    if (m_pushes.isEmpty() && m_pushRetry) {
        const HubReply failed = *m_pushRetry;
        m_pushRetry.reset();
        // Pushing again is safe: the hub keeps each event once and says which it already held.
        if (!retryLater([this] { pushNextBatch(); }, failed.retryAfterMs(), m_attempt))
            fail(Tr::tr("Sync failed: %1").arg(failed.describe()));
        return;
    }
    pushNextBatch();
}

bool SyncClient::takePushAnswer(const PushInFlight& push)
{
    const HubReply& r = *push.answer;
    if (!r.ok()) {
        m_sentUpTo = qMin(m_sentUpTo, push.first - 1); // these go again, and those sent after them
        if (r.errorCode == QLatin1String(protocol::PushRequest::kAhead))
            return true; // it arrived before the push it follows: sent again now that one is answered
        if (r.isTransient()) {
            if (!m_pushRetry)
                m_pushRetry = r;
            return true;
        }
        const QString message = Tr::tr("Sync failed: %1").arg(r.describe());
        try {
            Transaction tx(m_db);
            // Counted on failure only: the way that works costs the sending path no extra write.
            outbox().recordFailure(push.first, push.last, message);
            tx.commit();
        } catch (const DomainError&) {
            // the store is failing too; the signal from fail() still tells the caller
        }
        fail(message);
        return false;
    }
    m_attempt = 0;
    const QJsonObject& answer = r.body;
    const qint64 highest = answer.value(QStringLiteral("highest_seq")).toInteger();
    m_summary.duplicates += answer.value(QStringLiteral("duplicates")).toInt();
    m_summary.conflicts += answer.value(QStringLiteral("conflicts")).toInt();
    m_summary.acknowledged = qMax(m_summary.acknowledged, highest);
    try {
        Transaction tx(m_db);
        const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
        outbox().acknowledgeUpTo(highest);
        // Tills enrolled before the hub handed out kiosk code keys get theirs here, and every till
        // the new one when the hub's changed.
        if (const QString kioskKey = answer.value(QStringLiteral("kiosk_code_key")).toString(); !kioskKey.isEmpty())
            m_settings.setKioskCodeKey(kioskKey);
        // The balances after the hub posted these sales' points: from now on they are no longer
        // pending here, so the balance must include them in the same step. Answers are taken in
        // the order the pushes went, so a later balance is never overwritten by an earlier one.
        for (const QJsonValue& v : answer.value(QStringLiteral("members")).toArray()) {
            const QJsonObject m = v.toObject();
            MemberService::applyHubBalance(m_db, m.value(QStringLiteral("id")).toString(),
                                           m.value(QStringLiteral("points_balance")).toInteger(),
                                           m.value(QStringLiteral("lifetime_points")).toInteger());
        }
        for (const QJsonValue& v : answer.value(QStringLiteral("gift_cards")).toArray()) {
            const QJsonObject g = v.toObject();
            GiftCardService::applyHubBalance(m_db, g.value(QStringLiteral("number")).toString(), g.value(QStringLiteral("kind")).toString(),
                                             g.value(QStringLiteral("currency")).toString(), g.value(QStringLiteral("balance")).toInteger(),
                                             g.value(QStringLiteral("status")).toString());
        }
        for (const QJsonValue& v : answer.value(QStringLiteral("conflict_details")).toArray()) {
            const QJsonObject c = v.toObject();
            m_db.exec(QStringLiteral("INSERT INTO sync_conflicts(device_seq, event_id, reason, reported_at) VALUES(?, ?, ?, ?)"
                                     " ON CONFLICT(device_seq) DO UPDATE SET reason = excluded.reason"),
                      {c.value(QStringLiteral("device_seq")).toInteger(), c.value(QStringLiteral("event_id")).toString(),
                       c.value(QStringLiteral("reason")).toString(), now});
        }
        tx.commit();
    } catch (const DomainError& e) {
        fail(e.message());
        return false;
    }
    if (highest < push.first) {
        // The hub lacks something before this push; sending the same events again would not help.
        fail(Tr::tr("The hub holds events only up to %1; the till has no events before %2 to send").arg(highest).arg(push.first));
        return false;
    }
    return true;
}

void SyncClient::abandonPushes()
{
    for (const PushInFlight& push : std::as_const(m_pushes)) {
        if (push.reply) {
            push.reply->disconnect(this);
            push.reply->abort();
            push.reply->deleteLater();
        }
    }
    m_pushes.clear();
    m_pushRetry.reset();
}

QByteArray SyncClient::journalPublicKey()
{
    // The key the journal starts with: the hub follows its key_change entries from there.
    return QByteArray::fromBase64(m_settings.value(QStringLiteral("journal.public_key")).toLatin1());
}

void SyncClient::sendJournal(const protocol::JournalSyncAnswer* last)
{
    protocol::JournalSyncRequest request;
    request.headSeq = Journal::headSeq(m_db);
    if (!last) {
        request.publicKeyDer = journalPublicKey();
    } else {
        QList<JournalEntry> held = Journal::hashesAt(m_db, last->probe.mid(0, protocol::JournalSyncRequest::kMaxProbes));
        for (const qint64 seq : last->probe.mid(0, protocol::JournalSyncRequest::kMaxProbes)) {
            const auto it = std::find_if(held.cbegin(), held.cend(), [seq](const JournalEntry& e) { return e.seq == seq; });
            request.probes.append({seq, it == held.cend() ? QByteArray() : it->hash});
        }
        if (last->wantFrom > 0) {
            for (const JournalEntry& e : Journal::entriesFrom(m_db, last->wantFrom, kJournalBatch))
                request.entries.append(
                    {e.canonical, e.signature, e.unsignedReason, e.type == JournalText::kKeyChange ? e.payload : QByteArray()});
        }
    }
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    const QNetworkRequest http = signedRequest("POST", QUrl(m_settings.value(kHubUrl)).resolved(QUrl(QStringLiteral("/v1/journal"))), body);
    QNetworkReply* reply = postOnce(http, body);
    m_journalReply = reply;
    auto kept = last ? std::make_shared<protocol::JournalSyncAnswer>(*last) : nullptr;
    connect(reply, &QNetworkReply::finished, this, [this, reply, kept] { onJournalReply(reply, kept); });
}

void SyncClient::onJournalReply(QNetworkReply* reply, const std::shared_ptr<protocol::JournalSyncAnswer>& last)
{
    reply->deleteLater();
    m_journalReply = nullptr;
    const HubReply r = HubReply::read(reply, kTransferTimeoutMs);
    // Not into a later sync, should this one have failed and another started meanwhile.
    const auto again = [this, last, run = m_run] {
        if (run == m_run)
            sendJournalStep(last.get());
    };
    if (r.status == 404 && r.errorCode == QLatin1String("request.path")) {
        journalEnded(); // a hub from before journals were anchored: the feeds still come
        return;
    }
    if (!r.ok()) {
        if (r.isTransient() && retryLater(again, r.retryAfterMs(), m_journalAttempt))
            return;
        journalEnded(Tr::tr("Sync failed: %1").arg(r.describe()));
        return;
    }
    m_journalAttempt = 0;
    const protocol::JournalSyncAnswer answer = protocol::JournalSyncAnswer::fromJson(r.body);
    m_summary.journalHeld = answer.headSeq;
    m_summary.journalBrokenAt = answer.brokenAt;
    m_summary.journalProblem = answer.reason;
    if (!answer.done && answer.probe.isEmpty() && answer.wantFrom <= 0) {
        journalEnded(Tr::tr("The hub sent an unreadable answer")); // it asks for nothing, yet is not done
        return;
    }
    if (answer.done) {
        journalEnded();
        return;
    }
    if (++m_journalRound >= kMaxJournalRounds) {
        journalEnded(Tr::tr("The hub kept asking for the journal; the sync stopped after %1 requests").arg(kMaxJournalRounds));
        return;
    }
    sendJournalStep(&answer);
}

QNetworkRequest SyncClient::signedRequest(const QByteArray& method, const QUrl& url, const QByteArray& body)
{
    const RequestSignature signature =
        RequestSignature::sign(key(), deviceId(), method, RequestSignature::signedPath(url), body, m_clock.nowUtc());
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader(RequestSignature::kDeviceHeader, signature.deviceId.toUtf8());
    request.setRawHeader(RequestSignature::kTimestampHeader, signature.timestamp.toUtf8());
    request.setRawHeader(RequestSignature::kNonceHeader, signature.nonce.toUtf8());
    request.setRawHeader(RequestSignature::kSignatureHeader, signature.signature.toBase64());
    request.setTransferTimeout(kTransferTimeoutMs);
    return request;
}

void SyncClient::finish()
{
    m_running = false;
    m_summary.pending = pendingCount();
    Transaction tx(m_db);
    m_settings.setValue(QStringLiteral("sync.last_success"), m_clock.nowUtc().toString(Qt::ISODateWithMs));
    m_settings.setValue(QStringLiteral("sync.last_error"), QString());
    tx.commit();
    emit finished(m_summary);
}

QStringList SyncClient::feeds()
{
    return QStringList{protocol::CatalogPage::kFeed} + protocol::referenceFeeds();
}

void SyncClient::pullNextPage()
{
    try {
        requestPage(m_settings.value(FeedApplier::cursorKey(feeds().at(m_feed))));
    } catch (const DomainError& e) {
        fail(e.message());
    }
}

void SyncClient::lookupSale(const QString& receiptId)
{
    if (!isEnrolled()) {
        emit saleLookupFailed(receiptId, Tr::tr("This till is not connected to a hub"), false);
        return;
    }
    const QUrl url = QUrl(m_settings.value(kHubUrl))
                         .resolved(QUrl(QStringLiteral("/v1/sales/") + QString::fromLatin1(QUrl::toPercentEncoding(receiptId))));
    QNetworkRequest request = signedRequest("GET", url, QByteArray());
    request.setTransferTimeout(10000); // a customer is waiting at the counter
    QNetworkReply* reply = get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, receiptId] {
        reply->deleteLater();
        const HubReply r = HubReply::read(reply, 10000);
        if (r.ok() && r.body.value(QStringLiteral("sale")).isObject())
            emit saleFound(r.body);
        else if (r.status == 404)
            emit saleLookupFailed(receiptId, Tr::tr("No till or store has reported sale %1 to the hub").arg(receiptId), true);
        else
            emit saleLookupFailed(receiptId, Tr::tr("The hub could not be asked: %1").arg(r.describe()), false);
    });
}

void SyncClient::fetchJournal()
{
    if (!isEnrolled()) {
        emit failed(Tr::tr("This till is not enrolled with a hub"));
        return;
    }
    m_attempt = 0;
    requestJournalHashes(1, std::make_shared<QList<QByteArray>>());
}

void SyncClient::requestJournalHashes(qint64 from, const std::shared_ptr<QList<QByteArray>>& held)
{
    QUrl url = QUrl(m_settings.value(kHubUrl)).resolved(QUrl(QStringLiteral("/v1/journal/hashes")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), QString::number(from));
    query.addQueryItem(QStringLiteral("limit"), QString::number(protocol::JournalHashes::kMaxPage));
    url.setQuery(query);
    QNetworkReply* reply = get(signedRequest("GET", url, QByteArray()));
    connect(reply, &QNetworkReply::finished, this, [this, reply, from, held] {
        reply->deleteLater();
        const HubReply r = HubReply::read(reply, kTransferTimeoutMs);
        if (!r.ok()) {
            if (r.isTransient() && retryLater([this, from, held] { requestJournalHashes(from, held); }, r.retryAfterMs(), m_attempt))
                return;
            emit failed(Tr::tr("The hub could not be asked for the journal: %1").arg(r.describe()));
            return;
        }
        m_attempt = 0;
        const protocol::JournalHashes page = protocol::JournalHashes::fromJson(r.body);
        if (page.from != from) {
            emit failed(Tr::tr("The hub sent an unreadable answer"));
            return;
        }
        held->append(page.hashes);
        if (!page.hashes.isEmpty() && held->size() < page.headSeq)
            requestJournalHashes(from + page.hashes.size(), held);
        else
            emit journalFetched(page.publicKeyDer, page.headSeq, *held);
    });
}

QNetworkReply* SyncClient::requestPage(const QString& cursor)
{
    const QString feed = feeds().at(m_feed);
    QUrl url = QUrl(m_settings.value(kHubUrl)).resolved(QUrl(QStringLiteral("/v1/feed/") + feed));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    url.setQuery(query);
    QNetworkReply* reply = get(signedRequest("GET", url, QByteArray()));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPageReply(reply); });
    return reply;
}

void SyncClient::onPageReply(QNetworkReply* reply)
{
    reply->deleteLater();
    const HubReply r = HubReply::read(reply, kTransferTimeoutMs);
    if (!r.ok()) {
        // The page is asked for again from the last one applied.
        if (r.isTransient() && retryLater([this] { pullNextPage(); }, r.retryAfterMs(), m_attempt))
            return;
        fail(Tr::tr("Sync failed: %1").arg(r.describe()));
        return;
    }
    m_attempt = 0;
    const QString feed = feeds().at(m_feed);
    const bool catalog = feed == protocol::CatalogPage::kFeed;
    // Decoded once, here; the applier gets the typed page.
    std::optional<protocol::CatalogPage> catalogPage;
    std::optional<protocol::FeedPage> feedPage;
    if (catalog)
        catalogPage = protocol::CatalogPage::fromJson(r.body);
    else
        feedPage = protocol::FeedPage::fromJson(r.body);
    const std::optional<QString>& cursor = catalog ? catalogPage->cursor : feedPage->cursor;
    if (!cursor) {
        // Never apply it: an empty cursor would start the feed over from the beginning.
        fail(Tr::tr("The hub sent an unreadable answer"));
        return;
    }
    const qint64 remaining = catalog ? catalogPage->remaining : feedPage->remaining;
    const bool more = remaining > 0 && (catalog ? !catalogPage->products.isEmpty() : !feedPage->items.isEmpty());
    // Ask for the next page before applying this one: the hub and the network work meanwhile.
    QNetworkReply* next = nullptr;
    try {
        if (more)
            next = requestPage(*cursor);
        FeedApplier applier(m_db, m_settings);
        const qint64 applied = catalog ? applier.apply(*catalogPage) : applier.apply(feed, *feedPage);
        if (catalog)
            m_summary.pulledProducts += applied;
        else
            m_summary.pulledItems += applied;
    } catch (const DomainError& e) {
        if (next) {
            next->disconnect(this);
            next->abort();
            next->deleteLater();
        }
        fail(e.message()); // nothing of the page was applied; the cursor did not move
        return;
    }
    if (catalog)
        emit catalogProgress(m_summary.pulledProducts, remaining);
    if (more)
        return;
    if (++m_feed < feeds().size())
        pullNextPage();
    else
        finish();
}

} // namespace omnitill
