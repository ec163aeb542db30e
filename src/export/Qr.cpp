#include "export/Qr.h"

#include <qrencode.h>

namespace wk::io {

QrCode encodeQr(const std::string& text) {
    QrCode out;
    // Level M: a phone reads it from across a room, through a projector's blur.
    QRcode* q = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!q) return out;
    out.size = q->width;
    out.on.resize(static_cast<std::size_t>(q->width) * static_cast<std::size_t>(q->width));
    for (std::size_t i = 0; i < out.on.size(); ++i) out.on[i] = q->data[i] & 1;
    QRcode_free(q);
    return out;
}

}  // namespace wk::io
