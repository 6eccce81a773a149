#pragma once

#include <QJsonObject>
#include <QStringList>

namespace omnitill::hub {

// Reads the CSV files head offices export into the hub's import document. The header says what
// the file holds (columns in any order, all of a kind's columns present):
//   products:  sku,name_en,name_ru,name_zh,unit,price,tax_code,age_restricted,active,barcodes
//   tax_rates: code,name,basis_points
//   prices:    sku,price
//   staff:     store_id,code,name,role,pin
//   stock:     store_id,sku,on_hand
//   members:   id,card_code,name,phone,email,consent,points_balance
// RFC 4180 quoting ("a, b" and "say ""hi""") and CRLF line ends are accepted. Barcodes in one
// field are separated by spaces. Throws HubError 400 naming the line of the first problem.
class HubCsv
{
public:
    static QJsonObject toImportDocument(const QByteArray& csv);
    // Fields of each record; a quoted field may hold commas and line breaks.
    static QList<QStringList> parse(const QByteArray& csv);
};

} // namespace omnitill::hub
