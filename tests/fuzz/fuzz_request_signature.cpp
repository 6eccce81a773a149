// A signed request's headers as the hub reads them: device, timestamp, nonce and signature, split
// from one input at newlines; nothing a stranger sends may verify against a till's key.
#include "FuzzInput.h"
#include "RequestSignature.h"
#include "crypto/Signer.h"

#include <QList>

using namespace omnitill;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const std::unique_ptr<EcdsaP256Signer> till = EcdsaP256Signer::generate();
    const QList<QByteArray> parts = fuzz::bytes(data, size).split('\n');
    RequestSignature s;
    s.deviceId = QString::fromUtf8(parts.value(0));
    s.timestamp = QString::fromUtf8(parts.value(1));
    s.nonce = QString::fromUtf8(parts.value(2));
    s.signature = QByteArray::fromBase64(parts.value(3));
    const QByteArray body = parts.value(4);
    if (s.verify(till->publicKeyDer(), "POST", QStringLiteral("/v1/push"), body))
        __builtin_trap();
    (void)RequestSignature::signedPath(QUrl(QString::fromUtf8(parts.value(5))));
    return 0;
}
