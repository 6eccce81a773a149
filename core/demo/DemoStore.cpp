#include "DemoStore.h"

#include "promotions/PromotionRepository.h"

#include "Till.h"
#include "barcode/Gtin.h"

#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace omnitill {

namespace {

struct Name
{
    const char* en;
    const char* ru;
    const char* zh;
};

// The same in every demo store, as members fed from one hub are: a kiosk's order names its member
// and the till knows who that is.
QString demoMemberId(const QString& card)
{
    return QUuid::createUuidV5(QUuid(QStringLiteral("6f6d6e69-7469-6c6c-2d64-656d6f2d6d62")), card).toString(QUuid::WithoutBraces);
}

struct DemoCategory
{
    Name name;
    const char* taxCode;
    bool ageRestricted;
    std::array<Name, 6> items;
    qint64 minPrice;
    qint64 maxPrice;
};

const std::array<DemoCategory, 7> kCategories{{
    {{"Dairy", "Молочные продукты", "乳制品"},
     "B",
     false,
     {{{"Whole Milk", "Молоко цельное", "全脂牛奶"},
       {"Greek Yogurt", "Греческий йогурт", "希腊酸奶"},
       {"Butter", "Сливочное масло", "黄油"},
       {"Cheddar Cheese", "Сыр чеддер", "切达奶酪"},
       {"Kefir", "Кефир", "开菲尔"},
       {"Cream", "Сливки", "奶油"}}},
     79,
     899},
    {{"Bakery", "Выпечка", "烘焙"},
     "B",
     false,
     {{{"Rye Bread", "Ржаной хлеб", "黑麦面包"},
       {"Croissant", "Круассан", "羊角面包"},
       {"Baguette", "Багет", "法棍"},
       {"Bagel", "Бублик", "百吉饼"},
       {"Muffin", "Кекс", "松饼"},
       {"Pretzel", "Крендель", "椒盐卷饼"}}},
     49,
     499},
    {{"Beverages", "Напитки", "饮料"},
     "A",
     false,
     {{{"Orange Juice", "Апельсиновый сок", "橙汁"},
       {"Mineral Water", "Минеральная вода", "矿泉水"},
       {"Green Tea", "Зелёный чай", "绿茶"},
       {"Coffee Beans", "Кофе в зёрнах", "咖啡豆"},
       {"Apple Juice", "Яблочный сок", "苹果汁"},
       {"Cola", "Кола", "可乐"}}},
     59,
     1499},
    {{"Wine & Spirits", "Вино и крепкие напитки", "酒类"},
     "A",
     true,
     {{{"Red Wine", "Красное вино", "红葡萄酒"},
       {"Lager Beer", "Светлое пиво", "拉格啤酒"},
       {"Vodka", "Водка", "伏特加"},
       {"Whisky", "Виски", "威士忌"},
       {"Rice Wine", "Рисовое вино", "米酒"},
       {"Cider", "Сидр", "苹果酒"}}},
     129,
     4999},
    {{"Household", "Хозяйственные товары", "家居用品"},
     "A",
     false,
     {{{"Dish Soap", "Средство для посуды", "洗洁精"},
       {"Paper Towels", "Бумажные полотенца", "纸巾"},
       {"Laundry Detergent", "Стиральный порошок", "洗衣粉"},
       {"Sponges", "Губки", "海绵"},
       {"Light Bulb", "Лампочка", "灯泡"},
       {"Batteries", "Батарейки", "电池"}}},
     99,
     2499},
    {{"Snacks", "Снеки", "零食"},
     "B",
     false,
     {{{"Potato Chips", "Картофельные чипсы", "薯片"},
       {"Dark Chocolate", "Тёмный шоколад", "黑巧克力"},
       {"Salted Peanuts", "Солёный арахис", "咸花生"},
       {"Oat Cookies", "Овсяное печенье", "燕麦饼干"},
       {"Green Tea Candy", "Конфеты с зелёным чаем", "绿茶糖"},
       {"Rice Crackers", "Рисовые крекеры", "米饼"}}},
     69,
     599},
    {{"Canned Food", "Консервы", "罐头食品"},
     "B",
     false,
     {{{"Tomato Soup", "Томатный суп", "番茄汤"},
       {"Tuna", "Тунец", "金枪鱼"},
       {"Sweet Corn", "Сладкая кукуруза", "甜玉米"},
       {"Chickpeas", "Нут", "鹰嘴豆"},
       {"Peaches", "Персики", "桃子"},
       {"Beans", "Фасоль", "豆子"}}},
     89,
     699},
}};

const std::array<Name, 12> kBrands{{
    {"Alpine", "Альпина", "阿尔卑"},
    {"Nordic", "Нордик", "北欧"},
    {"Golden", "Золотой", "金色"},
    {"Sunny", "Солнечный", "阳光"},
    {"Baltic", "Балтика", "波罗的"},
    {"Jade", "Нефрит", "翡翠"},
    {"Harvest", "Урожай", "丰收"},
    {"Volga", "Волга", "伏尔加"},
    {"Lotus", "Лотос", "莲花"},
    {"Meadow", "Луг", "草地"},
    {"Crystal", "Кристалл", "水晶"},
    {"Panda", "Панда", "熊猫"},
}};

const std::array<const char*, 6> kSizes{"250 g", "500 g", "1 kg", "330 ml", "1 L", "6 pcs"};

struct Weighed
{
    Name name;
    qint64 pricePerKg;
};

const std::array<Weighed, 8> kWeighed{{
    {{"Bananas", "Бананы", "香蕉"}, 199},
    {{"Apples", "Яблоки", "苹果"}, 249},
    {{"Tomatoes", "Помидоры", "番茄"}, 349},
    {{"Potatoes", "Картофель", "土豆"}, 129},
    {{"Beef Mince", "Говяжий фарш", "牛肉末"}, 1199},
    {{"Chicken Breast", "Куриное филе", "鸡胸肉"}, 999},
    {{"Gouda by Weight", "Гауда на развес", "称重豪达奶酪"}, 1499},
    {{"Cherries", "Черешня", "樱桃"}, 899},
}};

QString str(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

QString DemoStore::eanFor(qint64 index)
{
    // GS1 prefix 400 (Germany) and a running item number; the check digit makes it valid.
    const QString data = QStringLiteral("400%1").arg(index + 1, 9, 10, QLatin1Char('0'));
    return data + QString::number(gtin::checkDigit(data));
}

QString DemoStore::weightLabel(int plu, int grams)
{
    const QString data = QStringLiteral("21%1%2").arg(plu, 5, 10, QLatin1Char('0')).arg(grams, 5, 10, QLatin1Char('0'));
    return data + QString::number(gtin::checkDigit(data));
}

QString DemoStore::priceLabel(int plu, qint64 priceMinor)
{
    const QString data = QStringLiteral("20%1%2").arg(plu, 5, 10, QLatin1Char('0')).arg(priceMinor, 5, 10, QLatin1Char('0'));
    return data + QString::number(gtin::checkDigit(data));
}

void DemoStore::create(const QString& path, const Clock& clock, const DemoOptions& options)
{
    TillIdentity identity;
    identity.storeName = QStringLiteral("OmniTill Demo Market");
    identity.currency = options.currency;
    identity.taxMode = options.taxMode;
    identity.timeZone = options.timeZone;
    identity.keyFolder = options.keyFolder;
    Till::initialize(path, clock, identity);
    Till till(path, clock);
    Database& db = till.db();
    QRandomGenerator random(options.seed);
    CatalogRepository& catalog = till.catalog();

    {
        Transaction tx(db);
        StoreSettings& settings = till.settings();
        settings.setValue(QStringLiteral("store.address"), QStringLiteral("1 Market Square, Berlin"));
        settings.setValue(QStringLiteral("store.vat_id"), QStringLiteral("DE999999999"));
        settings.setValue(QStringLiteral("barcode.rules"), QStringLiteral("20:5:price:2;21:5:weight:3;02:5:price:2"));
        settings.setValue(QStringLiteral("payment.qr_guid"), QStringLiteral("com.omnitill.pay"));
        settings.setValue(QStringLiteral("payment.qr_account"), QStringLiteral("DEMO-MERCHANT-001"));
        settings.setValue(QStringLiteral("payment.mcc"), QStringLiteral("5411"));
        settings.setValue(QStringLiteral("payment.country"), QStringLiteral("DE"));
        settings.setValue(QStringLiteral("payment.city"), QStringLiteral("Berlin"));
        catalog.upsertTaxRate({0, QStringLiteral("A"), QStringLiteral("Standard 19%"), 1900});
        catalog.upsertTaxRate({0, QStringLiteral("B"), QStringLiteral("Reduced 7%"), 700});
        catalog.upsertTaxRate({0, QStringLiteral("C"), QStringLiteral("Zero 0%"), 0});
        for (int c = 0; c < int(kCategories.size()); ++c)
            catalog.upsertCategory(c + 1, str(kCategories[c].name.en), str(kCategories[c].name.ru), str(kCategories[c].name.zh));
        catalog.upsertCategory(100, QStringLiteral("Fruit, Vegetables & Deli"), str("Овощи, фрукты и деликатесы"), str("果蔬熟食"));
        StaffService& staff = till.staff();
        for (const StaffMember& member : DemoStore::staff())
            staff.addStaff(member.code, member.name, member.role, member.pin);
        // Loyalty: 1 point per 1.00 paid, a point is worth 0.01; Silver earns a quarter more, Gold half.
        settings.setValue(QStringLiteral("loyalty.tiers"), QStringLiteral("Silver:1000:125;Gold:5000:150"));
        const std::array<std::pair<const char*, qint64>, 3> members{{{"M0001", 2500}, {"M0002", 800}, {"M0003", 0}}};
        for (const auto& [card, points] : members)
            MemberService::applyHubMember(db,
                                          {demoMemberId(QLatin1String(card)), QLatin1String(card), {}, {}, {}, true, points, points * 3});
        tx.commit();
    }

    const qint64 taxA = catalog.taxRates().at(0).id;
    const qint64 taxB = catalog.taxRates().at(1).id;
    // Weighed goods first: PLU n has the label codes 20nnnnn (price) and 21nnnnn (weight).
    {
        Transaction tx(db);
        for (int i = 0; i < int(kWeighed.size()); ++i) {
            const Weighed& w = kWeighed[i];
            Product p;
            p.sku = QStringLiteral("PLU%1").arg(i + 1, 5, 10, QLatin1Char('0'));
            p.nameEn = str(w.name.en);
            p.nameRu = str(w.name.ru);
            p.nameZh = str(w.name.zh);
            p.categoryId = 100;
            p.unit = Unit::Weight;
            p.price = w.pricePerKg;
            p.taxRateId = taxB;
            const QString plu = QStringLiteral("%1").arg(i + 1, 5, 10, QLatin1Char('0'));
            const qint64 id = catalog.upsertProduct(p, {QStringLiteral("20") + plu, QStringLiteral("21") + plu});
            catalog.setQuickKey({i + 1, id, p.nameEn});
        }
        tx.commit();
    }

    const qint64 total = options.products;
    const qint64 batch = 10000;
    for (qint64 start = 0; start < total; start += batch) {
        Transaction tx(db);
        QList<CatalogRepository::NewProduct> products;
        for (qint64 i = start; i < std::min(total, start + batch); ++i) {
            const DemoCategory& cat = kCategories[size_t(i % qint64(kCategories.size()))];
            const Name& item = cat.items[size_t((i / qint64(kCategories.size())) % 6)];
            const Name& brand = kBrands[size_t((i / 42) % qint64(kBrands.size()))];
            const char* size = kSizes[size_t((i / 504) % qint64(kSizes.size()))];
            const qint64 series = i / 3024;
            const QString suffix = series > 0 ? QStringLiteral(" #%1").arg(series) : QString();
            Product p;
            p.sku = QStringLiteral("SKU%1").arg(i + 1, 7, 10, QLatin1Char('0'));
            p.nameEn = QStringLiteral("%1 %2 %3%4").arg(str(brand.en), str(item.en), QLatin1String(size), suffix);
            p.nameRu = QStringLiteral("%1 %2 %3%4").arg(str(item.ru), str(brand.ru), QLatin1String(size), suffix);
            p.nameZh = QStringLiteral("%1%2 %3%4").arg(str(brand.zh), str(item.zh), QLatin1String(size), suffix);
            p.categoryId = (i % qint64(kCategories.size())) + 1;
            p.unit = Unit::Piece;
            p.price = cat.minPrice + qint64(random.bounded(quint32(cat.maxPrice - cat.minPrice + 1)));
            p.taxRateId = QLatin1String(cat.taxCode) == QLatin1String("A") ? taxA : taxB;
            p.ageRestricted = cat.ageRestricted;
            products.append({p, {gtin::toGtin14(eanFor(i))}});
        }
        const QList<qint64> ids = catalog.insertNewProducts(products);
        for (qint64 i = start; i < std::min<qint64>(10000, start + ids.size()); ++i) {
            const qint64 id = ids.at(i - start);
            db.exec(QStringLiteral("INSERT INTO stock_movements(product_id, quantity_delta, reason, reference, created_at)"
                                   " VALUES(?, ?, 'opening', 'demo', ?)"),
                    {id, 100, clock.nowUtc().toString(Qt::ISODateWithMs)});
            db.exec(QStringLiteral("INSERT INTO stock_levels(product_id, quantity) VALUES(?, 100)"), {id});
        }
        tx.commit();
        if (options.progress)
            options.progress(std::min(total, start + batch), total);
    }
    {
        // Gift cards are sold as this product at the amount loaded; not taxed when sold (a
        // multi-purpose voucher is taxed when it pays for goods).
        Transaction tx(db);
        Product card;
        card.sku = QStringLiteral("GIFT-CARD");
        card.nameEn = QStringLiteral("Gift card");
        card.nameRu = str("Подарочная карта");
        card.nameZh = str("礼品卡");
        card.taxRateId = catalog.taxRates().at(2).id;
        catalog.upsertProduct(card, {});
        tx.commit();
    }
    if (options.promotions)
        addDemoPromotions(till.promotions(), db, clock);
}

QList<DemoStore::StaffMember> DemoStore::staff()
{
    return {{QStringLiteral("1001"), QStringLiteral("Anna Cashier"), Role::Cashier, QStringLiteral("1111")},
            {QStringLiteral("2002"), QStringLiteral("Boris Supervisor"), Role::Supervisor, QStringLiteral("2222")},
            {QStringLiteral("3003"), QStringLiteral("Chen Manager"), Role::Manager, QStringLiteral("3333")}};
}

void DemoStore::addDemoPromotions(PromotionRepository& promotions, Database& db, const Clock& clock)
{
    const auto make = [](const char* id, const char* name, Promotion::Kind kind, QSet<qint64> categories) {
        Promotion p;
        p.id = QString::fromLatin1(id);
        p.name = QString::fromUtf8(name);
        p.kind = kind;
        p.categories = std::move(categories);
        return p;
    };
    Promotion dairy = make("DEMO-DAIRY-10", "Dairy -10%", Promotion::Kind::PercentOff, {1});
    dairy.percentBp = 1000;
    Promotion bakery = make("DEMO-BAKERY-3FOR2", "Bakery 3 for 2", Promotion::Kind::BuyXGetY, {2});
    bakery.buyQuantity = 2;
    bakery.getQuantity = 1;
    bakery.percentBp = 10000;
    Promotion drinks = make("DEMO-HAPPY-HOUR", "Happy hour drinks -20%", Promotion::Kind::PercentOff, {3});
    drinks.percentBp = 2000;
    drinks.dailyFrom = QTime(17, 0);
    drinks.dailyUntil = QTime(19, 0);
    Promotion fruit = make("DEMO-MEMBER-FRUIT", "Members: fruit & veg -5%", Promotion::Kind::PercentOff, {100});
    fruit.percentBp = 500;
    fruit.memberOnly = true;
    Promotion spend = make("DEMO-SPEND-50", "Spend 50, save 5", Promotion::Kind::SpendThreshold, {});
    spend.threshold = 5000;
    spend.amount = 500;
    Transaction tx(db);
    for (const Promotion& p : {dairy, bakery, drinks, fruit, spend})
        promotions.put(p, clock.nowUtc());
    tx.commit();
}

} // namespace omnitill
