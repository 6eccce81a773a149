<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>MemberText</name>
    <message>
        <source>a member not yet known at this till</source>
        <translation>участник, ещё не известный этой кассе</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>карта %1</translation>
    </message>
    <message>
        <source>%1 (card %2)</source>
        <translation>%1 (карта %2)</translation>
    </message>
    <message>
        <source>a member not known at this till</source>
        <translation>участник, не известный этой кассе</translation>
    </message>
</context>
<context>
    <name>omnitill::Core</name>
    <message>
        <source>%1 is not an OmniTill store yet; create it with &quot;omnitillctl demo&quot;</source>
        <translation>%1 ещё не магазин OmniTill; создайте его командой «omnitillctl demo»</translation>
    </message>
    <message>
        <source>%1 is already an OmniTill store</source>
        <translation>%1 уже является магазином OmniTill</translation>
    </message>
    <message>
        <source>Bad check digit in %1</source>
        <translation>Неверная контрольная цифра в %1</translation>
    </message>
    <message>
        <source>Malformed GS1 data for AI (%1): %2</source>
        <translation>Неверные данные GS1 для AI (%1): %2</translation>
    </message>
    <message>
        <source>invalid date</source>
        <translation>неверная дата</translation>
    </message>
    <message>
        <source>Nothing was scanned</source>
        <translation>Ничего не отсканировано</translation>
    </message>
    <message>
        <source>A %1-digit code is not a retail barcode</source>
        <translation>Код из %1 цифр не является розничным штрихкодом</translation>
    </message>
    <message>
        <source>The price check digit of %1 is wrong</source>
        <translation>Неверная контрольная цифра цены в %1</translation>
    </message>
    <message>
        <source>The price on the label is not in %1</source>
        <translation>Цена на этикетке указана не в %1</translation>
    </message>
    <message>
        <source>no GTIN</source>
        <translation>нет GTIN</translation>
    </message>
    <message>
        <source>Batch %1 expired on %2</source>
        <translation>Срок годности партии %1 истёк %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(без номера)</translation>
    </message>
    <message>
        <source>Malformed GS1 Digital Link</source>
        <translation>Неверная ссылка GS1 Digital Link</translation>
    </message>
    <message>
        <source>The GS1 Digital Link has no GTIN (01)</source>
        <translation>В ссылке GS1 Digital Link нет GTIN (01)</translation>
    </message>
    <message>
        <source>The GS1 Digital Link path ends without a value</source>
        <translation>Путь GS1 Digital Link заканчивается без значения</translation>
    </message>
    <message>
        <source>expected &quot;(&quot; at position %1</source>
        <translation>ожидалась «(» в позиции %1</translation>
    </message>
    <message>
        <source>unclosed bracket</source>
        <translation>незакрытая скобка</translation>
    </message>
    <message>
        <source>Unsupported GS1 application identifier (%1)</source>
        <translation>Неподдерживаемый идентификатор применения GS1 (%1)</translation>
    </message>
    <message>
        <source>length %1 is not allowed</source>
        <translation>длина %1 недопустима</translation>
    </message>
    <message>
        <source>digits expected</source>
        <translation>ожидались цифры</translation>
    </message>
    <message>
        <source>character not allowed</source>
        <translation>недопустимый символ</translation>
    </message>
    <message>
        <source>Bad check digit in GTIN %1</source>
        <translation>Неверная контрольная цифра в GTIN %1</translation>
    </message>
    <message>
        <source>Unsupported GS1 application identifier at &quot;%1&quot;</source>
        <translation>Неподдерживаемый идентификатор применения GS1 в «%1»</translation>
    </message>
    <message>
        <source>value is too short</source>
        <translation>значение слишком короткое</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Invalid in-store barcode rule &quot;%1&quot;</source>
        <translation>Неверное правило внутреннего штрихкода «%1»</translation>
    </message>
    <message>
        <source>Unknown tax rate %1</source>
        <translation>Неизвестная ставка налога %1</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;</source>
        <translation>Неизвестная единица «%1»</translation>
    </message>
    <message>
        <source>Unknown printer model &quot;%1&quot;</source>
        <translation>Неизвестная модель принтера «%1»</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>запись %1 отсутствует</translation>
    </message>
    <message>
        <source>entry %1 is not in the journal format</source>
        <translation>запись %1 не в формате журнала</translation>
    </message>
    <message>
        <source>entry %1: its columns differ from its signed content</source>
        <translation>запись %1: поля отличаются от подписанного содержимого</translation>
    </message>
    <message>
        <source>entry %1 does not link to the previous entry</source>
        <translation>запись %1 не связана с предыдущей</translation>
    </message>
    <message>
        <source>entry %1: the payload was changed</source>
        <translation>запись %1: данные изменены</translation>
    </message>
    <message>
        <source>entry %1: the stored hash is wrong</source>
        <translation>запись %1: сохранённый хеш неверен</translation>
    </message>
    <message>
        <source>entry %1: the signature does not verify</source>
        <translation>запись %1: подпись не проходит проверку</translation>
    </message>
    <message>
        <source>not an OmniTill receipt code</source>
        <translation>это не код чека OmniTill</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>подпись не проходит проверку</translation>
    </message>
    <message>
        <source>Unknown currency code &quot;%1&quot;</source>
        <translation>Неизвестный код валюты «%1»</translation>
    </message>
    <message>
        <source>The amount is too large</source>
        <translation>Сумма слишком велика</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2</source>
        <translation>Нельзя складывать суммы в %1 и %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>«%1» — не сумма</translation>
    </message>
    <message>
        <source>%1 kg x %2/kg</source>
        <translation>%1 кг x %2/кг</translation>
    </message>
    <message>
        <source>TRAINING - NOT A RECEIPT</source>
        <translation>ОБУЧЕНИЕ — НЕ ЧЕК</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Кассир: %1</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Промежуточный итог</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Налог</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>ИТОГ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <source>Prices include tax:</source>
        <translation>Цены включают налог:</translation>
    </message>
    <message>
        <source>Tax added:</source>
        <translation>Налог добавлен:</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Спасибо за покупку!</translation>
    </message>
    <message>
        <source>Check code:</source>
        <translation>Код проверки:</translation>
    </message>
    <message>
        <source>No receipt %1</source>
        <translation>Нет чека %1</translation>
    </message>
    <message>
        <source>There is no such line in the sale</source>
        <translation>В продаже нет такой позиции</translation>
    </message>
    <message>
        <source>The quantity must be more than zero</source>
        <translation>Количество должно быть больше нуля</translation>
    </message>
    <message>
        <source>The quantity of an item with a price label cannot be changed</source>
        <translation>Нельзя изменить количество товара с ценовой этикеткой</translation>
    </message>
    <message>
        <source>The quantity is too large</source>
        <translation>Количество слишком велико</translation>
    </message>
    <message>
        <source>The discount is out of range</source>
        <translation>Скидка вне допустимых пределов</translation>
    </message>
    <message>
        <source>A price cannot be negative</source>
        <translation>Цена не может быть отрицательной</translation>
    </message>
    <message>
        <source>A payment QR field is too long</source>
        <translation>Поле платёжного QR-кода слишком длинное</translation>
    </message>
    <message>
        <source>The amount must be more than zero</source>
        <translation>Сумма должна быть больше нуля</translation>
    </message>
    <message>
        <source>Open a shift before selling</source>
        <translation>Откройте смену, прежде чем продавать</translation>
    </message>
    <message>
        <source>%1 is no longer sold</source>
        <translation>%1 больше не продаётся</translation>
    </message>
    <message>
        <source>Unknown product: %1</source>
        <translation>Неизвестный товар: %1</translation>
    </message>
    <message>
        <source>%1 is sold by weight: weigh it or scan its label</source>
        <translation>%1 продаётся на вес: взвесьте товар или отсканируйте этикетку</translation>
    </message>
    <message>
        <source>There is nothing to park</source>
        <translation>Нечего откладывать</translation>
    </message>
    <message>
        <source>That parked sale no longer exists</source>
        <translation>Этой отложенной продажи больше нет</translation>
    </message>
    <message>
        <source>The parked sale is unreadable</source>
        <translation>Отложенная продажа не читается</translation>
    </message>
    <message>
        <source>Nobody is logged in</source>
        <translation>Никто не вошёл в систему</translation>
    </message>
    <message>
        <source>The sale has no items</source>
        <translation>В продаже нет товаров</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s age first</source>
        <translation>Сначала подтвердите возраст покупателя</translation>
    </message>
    <message>
        <source>The payment does not match the total</source>
        <translation>Оплата не совпадает с итогом</translation>
    </message>
    <message>
        <source>The sale is not fully paid</source>
        <translation>Продажа оплачена не полностью</translation>
    </message>
    <message>
        <source>Unknown payment type &quot;%1&quot;</source>
        <translation>Неизвестный вид оплаты «%1»</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Карта %1</translation>
    </message>
    <message>
        <source>QR payment</source>
        <translation>Оплата по QR</translation>
    </message>
    <message>
        <source>The sale is already paid</source>
        <translation>Продажа уже оплачена</translation>
    </message>
    <message>
        <source>A card payment cannot exceed the amount due</source>
        <translation>Оплата картой не может превышать сумму к оплате</translation>
    </message>
    <message>
        <source>Enter only the last four digits of the card, never the full number</source>
        <translation>Введите только последние четыре цифры карты, никогда полный номер</translation>
    </message>
    <message>
        <source>The approval code has 2 to 12 letters or digits</source>
        <translation>Код авторизации — от 2 до 12 букв или цифр</translation>
    </message>
    <message>
        <source>A card number must never be entered</source>
        <translation>Номер карты вводить нельзя</translation>
    </message>
    <message>
        <source>A QR payment cannot exceed the amount due</source>
        <translation>Оплата по QR не может превышать сумму к оплате</translation>
    </message>
    <message>
        <source>The QR payment needs its reference</source>
        <translation>Для оплаты по QR нужен номер операции</translation>
    </message>
    <message>
        <source>Z REPORT - SHIFT CLOSED</source>
        <translation>Z-ОТЧЁТ — СМЕНА ЗАКРЫТА</translation>
    </message>
    <message>
        <source>X REPORT - SHIFT RUNNING</source>
        <translation>X-ОТЧЁТ — СМЕНА ОТКРЫТА</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Предоставлено скидок</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Сторно</translation>
    </message>
    <message>
        <source>Training sales (not counted)</source>
        <translation>Учебные продажи (не учитываются)</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Размен на начало</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Пересчитано наличных</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation>Смена не открыта</translation>
    </message>
    <message>
        <source>The float cannot be negative</source>
        <translation>Размен не может быть отрицательным</translation>
    </message>
    <message>
        <source>A shift is already open</source>
        <translation>Смена уже открыта</translation>
    </message>
    <message>
        <source>Give a reason</source>
        <translation>Укажите причину</translation>
    </message>
    <message>
        <source>The drawer does not hold that much cash</source>
        <translation>В ящике нет столько наличных</translation>
    </message>
    <message>
        <source>Invalid count of notes or coins</source>
        <translation>Неверное количество купюр или монет</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;</source>
        <translation>Неизвестная роль «%1»</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Старший кассир</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Управляющий</translation>
    </message>
    <message>
        <source>Void after subtotal</source>
        <translation>Сторно после промежуточного итога</translation>
    </message>
    <message>
        <source>Price override</source>
        <translation>Изменить цену</translation>
    </message>
    <message>
        <source>Discount over the cashier&apos;s limit</source>
        <translation>Скидка сверх лимита кассира</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Open drawer (no sale)</source>
        <translation>Открыть ящик (без продажи)</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Внесение или изъятие наличных</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Закрыть смену</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Режим обучения</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Неверный PIN-код</translation>
    </message>
    <message>
        <source>Too many wrong PINs; try again after %1</source>
        <translation>Слишком много неверных PIN; попробуйте после %1</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits</source>
        <translation>PIN-код состоит из 4–8 цифр</translation>
    </message>
    <message>
        <source>This PIN is already used by someone else</source>
        <translation>Этот PIN уже используется другим сотрудником</translation>
    </message>
    <message>
        <source>%1 needs a supervisor&apos;s or manager&apos;s approval</source>
        <translation>%1: нужно подтверждение старшего кассира или управляющего</translation>
    </message>
    <message>
        <source>%1 may not approve: %2</source>
        <translation>%1 не может подтвердить: %2</translation>
    </message>
    <message>
        <source>Cannot open the store database %1: %2</source>
        <translation>Не удаётся открыть базу магазина %1: %2</translation>
    </message>
    <message>
        <source>The store database %1 was written by a newer OmniTill (schema %2; this version knows up to %3). Install the newer version; the database was left untouched.</source>
        <translation>База магазина %1 записана более новой версией OmniTill (схема %2; эта версия знает до %3). Установите новую версию; база не изменена.</translation>
    </message>
    <message>
        <source>The disk is full; the operation was not recorded and nothing was lost</source>
        <translation>Диск заполнен; операция не записана, данные не потеряны</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>Unknown tax mode &quot;%1&quot;</source>
        <translation>Неизвестный режим налога «%1»</translation>
    </message>
    <message>
        <source>Invalid tax computation</source>
        <translation>Неверный расчёт налога</translation>
    </message>
    <message>
        <source>Invalid tax rate</source>
        <translation>Неверная ставка налога</translation>
    </message>
    <message>
        <source>This till is already enrolled with a hub</source>
        <translation>Эта касса уже зарегистрирована в центре</translation>
    </message>
    <message>
        <source>The hub sent an unreadable answer</source>
        <translation>Центр прислал нечитаемый ответ</translation>
    </message>
    <message>
        <source>This till is not enrolled with a hub</source>
        <translation>Эта касса не зарегистрирована в центре</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Синхронизация не удалась: %1</translation>
    </message>
    <message>
        <source>The hub holds events only up to %1; the till has no events before %2 to send</source>
        <translation>Центр хранит события только до %1; у кассы нет событий до %2 для отправки</translation>
    </message>
    <message>
        <source>The hub sent %1 with an unknown tax rate</source>
        <translation>Центр прислал %1 с неизвестной ставкой налога</translation>
    </message>
    <message>
        <source>The till does not know the hub&apos;s feed %1</source>
        <translation>Касса не знает ленту хаба «%1»</translation>
    </message>
    <message>
        <source>The hub sent a staff record the till cannot use</source>
        <translation>Хаб прислал запись сотрудника, которую касса не может использовать</translation>
    </message>
    <message>
        <source>Sync console</source>
        <translation>Консоль синхронизации</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Камера не найдена</translation>
    </message>
    <message>
        <source>No camera matches &quot;%1&quot;</source>
        <translation>Нет камеры, подходящей под «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not key=value</source>
        <translation>«%1» не в виде ключ=значение</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device setting; known: %2</source>
        <translation>«%1» не настройка устройства; известные: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device setting</source>
        <translation>«%1» не настройка устройства</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Cannot open the printer</source>
        <translation>Не удаётся открыть принтер</translation>
    </message>
    <message>
        <source>Cannot send to the printer</source>
        <translation>Не удаётся отправить данные на принтер</translation>
    </message>
    <message>
        <source>The printer does not take data</source>
        <translation>Принтер не принимает данные</translation>
    </message>
    <message>
        <source>Cannot open the customer display on %1: %2</source>
        <translation>Не удаётся открыть дисплей покупателя на %1: %2</translation>
    </message>
    <message>
        <source>Customer display on %1: %2</source>
        <translation>Дисплей покупателя на %1: %2</translation>
    </message>
    <message>
        <source>Printer test page</source>
        <translation>Тестовая страница принтера</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Жирный</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>The drawer was not opened: the printer was not available in time</source>
        <translation>Ящик не открыт: принтер вовремя не был доступен</translation>
    </message>
    <message>
        <source>Interrupted (%1); it prints again</source>
        <translation>Прервано (%1); будет напечатано снова</translation>
    </message>
    <message>
        <source>Setting %1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>Настройка %1 должна быть числом от %2 до %3, а не «%4»</translation>
    </message>
    <message>
        <source>The drawer is on pin 2 or pin 5</source>
        <translation>Ящик подключается к контакту 2 или 5</translation>
    </message>
    <message>
        <source>printer not connected</source>
        <translation>принтер не подключён</translation>
    </message>
    <message>
        <source>printer not connected: %1</source>
        <translation>принтер не подключён: %1</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>крышка открыта</translation>
    </message>
    <message>
        <source>out of paper</source>
        <translation>нет бумаги</translation>
    </message>
    <message>
        <source>paper low</source>
        <translation>бумага заканчивается</translation>
    </message>
    <message>
        <source>printer error</source>
        <translation>ошибка принтера</translation>
    </message>
    <message>
        <source>printer offline</source>
        <translation>принтер не в сети</translation>
    </message>
    <message>
        <source>printer ready</source>
        <translation>принтер готов</translation>
    </message>
    <message>
        <source>Printer address &quot;%1&quot; is not tcp://host:port, usb:///dev/usb/lp0 or serial:///dev/ttyS0</source>
        <translation>Адрес принтера «%1» не вида tcp://хост:порт, usb:///dev/usb/lp0 или serial:///dev/ttyS0</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 кг</translation>
    </message>
    <message>
        <source>The scale is not steady yet</source>
        <translation>Весы ещё не успокоились</translation>
    </message>
    <message>
        <source>Too heavy for the scale</source>
        <translation>Превышен предел весов</translation>
    </message>
    <message>
        <source>The scale is below zero: clear it and zero it</source>
        <translation>Весы показывают меньше нуля: освободите и обнулите их</translation>
    </message>
    <message>
        <source>The scale reports an error</source>
        <translation>Весы сообщают об ошибке</translation>
    </message>
    <message>
        <source>The scale does not answer</source>
        <translation>Весы не отвечают</translation>
    </message>
    <message>
        <source>The scale sent something that is not a weight</source>
        <translation>Весы прислали не вес</translation>
    </message>
    <message>
        <source>Nothing is on the scale</source>
        <translation>На весах ничего нет</translation>
    </message>
    <message>
        <source>Cannot open the scale on %1: %2</source>
        <translation>Не удаётся открыть весы на %1: %2</translation>
    </message>
    <message>
        <source>Cannot talk to the scale: %1</source>
        <translation>Нет связи с весами: %1</translation>
    </message>
    <message>
        <source>Scanner on %1: %2</source>
        <translation>Сканер на %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the scanner on %1: %2</source>
        <translation>Не удаётся открыть сканер на %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the printer</source>
        <translation>Не удаётся подключиться к принтеру</translation>
    </message>
    <message>
        <source>The printer closed the connection</source>
        <translation>Принтер закрыл соединение</translation>
    </message>
    <message>
        <source>No receipt printer is set up</source>
        <translation>Чековый принтер не настроен</translation>
    </message>
    <message>
        <source>No receipt %1 on this till</source>
        <translation>На этой кассе нет чека %1</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>КОПИЯ</translation>
    </message>
    <message>
        <source>Device settings</source>
        <translation>Настройки устройств</translation>
    </message>
    <message>
        <source>Setting %1 must be a positive whole number, not &quot;%2&quot;</source>
        <translation>Настройка %1 должна быть целым положительным числом, а не «%2»</translation>
    </message>
    <message>
        <source>The printer does not answer status requests (for a model that cannot, set printer.status to none)</source>
        <translation>Принтер не отвечает на запросы состояния (для модели, которая не умеет, задайте printer.status = none)</translation>
    </message>
    <message>
        <source>Unknown kind of promotion &quot;%1&quot;</source>
        <translation>Неизвестный вид акции «%1»</translation>
    </message>
    <message>
        <source>Promotion %1 is not valid: %2</source>
        <translation>Акция %1 недействительна: %2</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>у неё нет идентификатора</translation>
    </message>
    <message>
        <source>a percentage must be from 0 to 100 %</source>
        <translation>процент должен быть от 0 до 100 %</translation>
    </message>
    <message>
        <source>amounts cannot be negative</source>
        <translation>суммы не могут быть отрицательными</translation>
    </message>
    <message>
        <source>buy X get Y needs both quantities</source>
        <translation>для «купи X — получи Y» нужны оба количества</translation>
    </message>
    <message>
        <source>mix and match needs a quantity</source>
        <translation>для «любые N за цену» нужно количество</translation>
    </message>
    <message>
        <source>This member code is not genuine (or not from this retailer&apos;s hub)</source>
        <translation>Этот код участника недействителен (или выдан не хабом этой сети)</translation>
    </message>
    <message>
        <source>No member with card %1</source>
        <translation>Нет участника с картой %1</translation>
    </message>
    <message>
        <source>Type at least seven digits of the phone number</source>
        <translation>Введите не менее семи цифр номера телефона</translation>
    </message>
    <message>
        <source>No member %1</source>
        <translation>Нет участника %1</translation>
    </message>
    <message>
        <source>The customer&apos;s consent is needed to enrol them</source>
        <translation>Для регистрации нужно согласие покупателя</translation>
    </message>
    <message>
        <source>The loyalty setting %1 cannot be &quot;%2&quot;</source>
        <translation>Настройка бонусной программы %1 не может быть «%2»</translation>
    </message>
    <message>
        <source>The loyalty programme is switched off</source>
        <translation>Бонусная программа отключена</translation>
    </message>
    <message>
        <source>the member&apos;s balance</source>
        <translation>баланс участника</translation>
    </message>
    <message>
        <source>the limit per sale</source>
        <translation>лимит на покупку</translation>
    </message>
    <message>
        <source>the daily limit</source>
        <translation>дневной лимит</translation>
    </message>
    <message>
        <source>the share of the sale points may pay</source>
        <translation>доля покупки, которую можно оплатить баллами</translation>
    </message>
    <message>
        <source>At least %1 points can be redeemed; %2 allows %3</source>
        <translation>Списать можно не менее %1 баллов; %2 позволяет %3</translation>
    </message>
    <message>
        <source>Identify the member first</source>
        <translation>Сначала определите участника</translation>
    </message>
    <message>
        <source>The number of points cannot be negative</source>
        <translation>Число баллов не может быть отрицательным</translation>
    </message>
    <message>
        <source>At most %1 points can be redeemed now (%2)</source>
        <translation>Сейчас можно списать не более %1 баллов (%2)</translation>
    </message>
    <message>
        <source>Points cannot be redeemed in training mode</source>
        <translation>В режиме обучения баллы не списываются</translation>
    </message>
    <message>
        <source>Points are already taken off the price</source>
        <translation>Баллы уже вычтены из цены</translation>
    </message>
    <message>
        <source>The points&apos; value does not match the programme</source>
        <translation>Стоимость баллов не соответствует программе</translation>
    </message>
    <message>
        <source>Points (%1)</source>
        <translation>Баллы (%1)</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Списано баллов</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <source>Points cannot pay more than the amount due</source>
        <translation>Баллами нельзя оплатить больше суммы к оплате</translation>
    </message>
    <message>
        <source>This coupon is not genuine (or not from this retailer)</source>
        <translation>Этот купон не подлинный (или выпущен не этим магазином)</translation>
    </message>
    <message>
        <source>This coupon expired on %1</source>
        <translation>Срок действия купона истёк %1</translation>
    </message>
    <message>
        <source>This is a personal coupon: identify the member first</source>
        <translation>Это персональный купон: сначала определите участника</translation>
    </message>
    <message>
        <source>This coupon belongs to another member</source>
        <translation>Этот купон принадлежит другому участнику</translation>
    </message>
    <message>
        <source>This coupon needs a purchase of at least %1</source>
        <translation>Для этого купона нужна покупка не менее чем на %1</translation>
    </message>
    <message>
        <source>The till has not reached the hub lately; coupons worth more than %1 are accepted only online</source>
        <translation>Касса давно не связывалась с сервером; купоны дороже %1 принимаются только онлайн</translation>
    </message>
    <message>
        <source>Only one coupon per sale</source>
        <translation>Только один купон на покупку</translation>
    </message>
    <message>
        <source>This coupon has already been used</source>
        <translation>Этот купон уже использован</translation>
    </message>
    <message>
        <source>Coupons cannot be used in training mode</source>
        <translation>В режиме обучения купоны не принимаются</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>Купон %1</translation>
    </message>
    <message>
        <source>This is not a gift card number</source>
        <translation>Это не номер подарочной карты</translation>
    </message>
    <message>
        <source>A gift card is loaded with %1 to %2</source>
        <translation>На подарочную карту можно зачислить от %1 до %2</translation>
    </message>
    <message>
        <source>This card is already in the sale</source>
        <translation>Эта карта уже есть в покупке</translation>
    </message>
    <message>
        <source>Gift cards are not set up: the catalog has no product %1</source>
        <translation>Подарочные карты не настроены: в каталоге нет товара %1</translation>
    </message>
    <message>
        <source>This card is already active; top it up instead</source>
        <translation>Эта карта уже активна; пополните её</translation>
    </message>
    <message>
        <source>This card is not active (sell it first, or sync the till)</source>
        <translation>Эта карта не активна (сначала продайте её или синхронизируйте кассу)</translation>
    </message>
    <message>
        <source>This card is not known to the till yet: sold elsewhere moments ago? Sync the till and try again</source>
        <translation>Касса ещё не знает эту карту: возможно, её только что продали в другом месте? Синхронизируйте кассу и повторите</translation>
    </message>
    <message>
        <source>This card can pay at most %1 now</source>
        <translation>Этой картой сейчас можно оплатить не более %1</translation>
    </message>
    <message>
        <source>A card cannot pay for its own loading</source>
        <translation>Карта не может оплатить собственное пополнение</translation>
    </message>
    <message>
        <source>Gift cards cannot be used in training mode</source>
        <translation>В режиме обучения подарочные карты не используются</translation>
    </message>
    <message>
        <source>A gift card keeps its amount: void the line instead</source>
        <translation>Сумму подарочной карты изменить нельзя: сторнируйте строку</translation>
    </message>
    <message>
        <source>A gift card is sold with its number and amount (Gift card action)</source>
        <translation>Подарочная карта продаётся с номером и суммой (действие «Подарочная карта»)</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>Подарочная карта %1</translation>
    </message>
    <message>
        <source>A gift card cannot pay more than the amount due</source>
        <translation>Подарочной картой нельзя оплатить больше суммы к оплате</translation>
    </message>
    <message>
        <source>%1 is KIND:VALUE:MIN_SPEND:DAYS, e.g. percent:1000:2000:30 (10 % off a spend of 20.00, for 30 days) or amount:500:0:14</source>
        <translation>%1 задаётся как ВИД:ЗНАЧЕНИЕ:МИН_СУММА:ДНЕЙ, например percent:1000:2000:30 (скидка 10 % при покупке от 20,00 в течение 30 дней) или amount:500:0:14</translation>
    </message>
    <message>
        <source>YOUR PERSONAL COUPON</source>
        <translation>ВАШ ПЕРСОНАЛЬНЫЙ КУПОН</translation>
    </message>
    <message>
        <source>%1 % off your next purchase</source>
        <translation>Скидка %1 % на следующую покупку</translation>
    </message>
    <message>
        <source>%1 off your next purchase</source>
        <translation>Скидка %1 на следующую покупку</translation>
    </message>
    <message>
        <source>On a purchase of at least %1</source>
        <translation>При покупке от %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Действует до %1</translation>
    </message>
    <message>
        <source>Show this code at the till or enter it online</source>
        <translation>Покажите этот код на кассе или введите его на сайте</translation>
    </message>
    <message>
        <source>The hub sent %1 with an unknown category</source>
        <translation>Хаб прислал %1 с неизвестной категорией</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>ВОЗВРАТ</translation>
    </message>
    <message>
        <source>For receipt</source>
        <translation>По чеку</translation>
    </message>
    <message>
        <source>Promotions on what you keep</source>
        <translation>Акции на оставшиеся товары</translation>
    </message>
    <message>
        <source>Other adjustments</source>
        <translation>Прочие корректировки</translation>
    </message>
    <message>
        <source>Points taken back</source>
        <translation>Списано баллов</translation>
    </message>
    <message>
        <source>The sale record is damaged and cannot be returned against</source>
        <translation>Запись о продаже повреждена, возврат по ней невозможен</translation>
    </message>
    <message>
        <source>Unknown disposition &quot;%1&quot;</source>
        <translation>Неизвестное назначение «%1»</translation>
    </message>
    <message>
        <source>The sale has no line %1</source>
        <translation>В продаже нет позиции %1</translation>
    </message>
    <message>
        <source>A gift card load is not returned as goods: refund it from the card</source>
        <translation>Пополнение подарочной карты не возвращается как товар: верните деньги с карты</translation>
    </message>
    <message>
        <source>Say once how many of line %1 come back</source>
        <translation>Укажите один раз, сколько единиц позиции %1 возвращается</translation>
    </message>
    <message>
        <source>Only %1 of %2 can still be returned (%3 sold, %4 returned before)</source>
        <translation>Можно вернуть ещё только %1 шт. товара «%2» (продано %3, ранее возвращено %4)</translation>
    </message>
    <message>
        <source>Choose what comes back</source>
        <translation>Выберите, что возвращается</translation>
    </message>
    <message>
        <source>Kept back on an earlier return</source>
        <translation>Удержано при прошлом возврате</translation>
    </message>
    <message>
        <source>Every refund needs an amount</source>
        <translation>У каждого возврата денег должна быть сумма</translation>
    </message>
    <message>
        <source>Refunds go back to the card that paid: its last four digits do not match</source>
        <translation>Деньги возвращаются на карту, которой платили: последние четыре цифры не совпадают</translation>
    </message>
    <message>
        <source>Enter the terminal&apos;s approval code for the refund</source>
        <translation>Введите код подтверждения возврата с терминала</translation>
    </message>
    <message>
        <source>The card paid less than that</source>
        <translation>Картой было оплачено меньше</translation>
    </message>
    <message>
        <source>Only points that paid can go back as points</source>
        <translation>Баллами возвращается только то, что было оплачено баллами</translation>
    </message>
    <message>
        <source>This is not a gift card or store credit number</source>
        <translation>Это не номер подарочной карты или кредита магазина</translation>
    </message>
    <message>
        <source>Refunds go to the gift card that paid, or to store credit</source>
        <translation>Деньги возвращаются на подарочную карту, которой платили, или на кредит магазина</translation>
    </message>
    <message>
        <source>The refunds add up to %1, the return to %2</source>
        <translation>Сумма выплат %1, а возврат составляет %2</translation>
    </message>
    <message>
        <source>In training mode only training sales are returned</source>
        <translation>В режиме обучения возвращаются только учебные продажи</translation>
    </message>
    <message>
        <source>A training sale cannot be returned for real</source>
        <translation>Учебную продажу нельзя вернуть по-настоящему</translation>
    </message>
    <message>
        <source>This sale was in %1; this store refunds in %2</source>
        <translation>Продажа была в %1, а этот магазин возвращает в %2</translation>
    </message>
    <message>
        <source>Store credit %1</source>
        <translation>Кредит магазина %1</translation>
    </message>
    <message>
        <source>Exchange credit</source>
        <translation>Зачёт при обмене</translation>
    </message>
    <message>
        <source>The connection to the hub is not set up</source>
        <translation>Связь с хабом не настроена</translation>
    </message>
    <message>
        <source>This till is not connected to a hub</source>
        <translation>Эта касса не подключена к хабу</translation>
    </message>
    <message>
        <source>No till or store has reported sale %1 to the hub</source>
        <translation>Ни одна касса и ни один магазин не сообщали хабу о продаже %1</translation>
    </message>
    <message>
        <source>The hub could not be asked: %1</source>
        <translation>Не удалось обратиться к хабу: %1</translation>
    </message>
    <message>
        <source>Returned without a receipt</source>
        <translation>Возврат без чека</translation>
    </message>
    <message>
        <source>Exchange credit comes only with a sale, in one step</source>
        <translation>Зачёт при обмене возможен только вместе с продажей, одной операцией</translation>
    </message>
    <message>
        <source>Say why the goods come back without a receipt</source>
        <translation>Укажите, почему товар возвращают без чека</translation>
    </message>
    <message>
        <source>Without a receipt the money goes back as store credit or cash</source>
        <translation>Без чека деньги возвращаются на кредит магазина или наличными</translation>
    </message>
    <message>
        <source>Without a receipt the money goes back as store credit</source>
        <translation>Без чека деньги возвращаются на кредит магазина</translation>
    </message>
    <message>
        <source>Scan each item that comes back</source>
        <translation>Отсканируйте каждый возвращаемый товар</translation>
    </message>
    <message>
        <source>Returns without a receipt are limited to %1 a day at this till; %2 is left today</source>
        <translation>Возвраты без чека ограничены суммой %1 в день на этой кассе; сегодня осталось %2</translation>
    </message>
    <message>
        <source>An exchange needs goods coming back with a value and goods going out</source>
        <translation>Для обмена нужны возвращаемые товары со стоимостью и новые товары</translation>
    </message>
    <message>
        <source>The return is worth %1 towards this sale</source>
        <translation>Возврат засчитывается в эту продажу на сумму %1</translation>
    </message>
    <message>
        <source>Exchange credit comes only with a return, in one step</source>
        <translation>Зачёт при обмене возможен только вместе с возвратом, одной операцией</translation>
    </message>
    <message>
        <source>The exchange credit cannot exceed the amount due</source>
        <translation>Зачёт при обмене не может превышать сумму к оплате</translation>
    </message>
    <message>
        <source>Return without a receipt</source>
        <translation>Возврат без чека</translation>
    </message>
    <message>
        <source>This store returns other stores&apos; sales only while the hub can be asked</source>
        <translation>Этот магазин принимает возвраты покупок других магазинов только при связи с хабом</translation>
    </message>
    <message>
        <source>This is not the QR code of another till&apos;s sale receipt</source>
        <translation>Это не QR-код чека продажи с другой кассы</translation>
    </message>
    <message>
        <source>Offline, another store&apos;s sale is refunded as store credit</source>
        <translation>Без связи покупка другого магазина возвращается на кредит магазина</translation>
    </message>
    <message>
        <source>The receipt came to %1 and %2 of it was already given back here</source>
        <translation>Сумма чека %1, из неё здесь уже возвращено %2</translation>
    </message>
    <message>
        <source>Unknown pickup status %1</source>
        <translation>Неизвестный статус выдачи %1</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>К сборке</translation>
    </message>
    <message>
        <source>Being picked</source>
        <translation>Собирается</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Returned to stock</source>
        <translation>Возвращён на полки</translation>
    </message>
    <message>
        <source>Order %1 has no line %2</source>
        <translation>В заказе %1 нет строки %2</translation>
    </message>
    <message>
        <source>Online orders are real customers&apos; orders: leave training mode to work on them</source>
        <translation>Онлайн-заказы — заказы реальных покупателей: выйдите из режима обучения, чтобы работать с ними</translation>
    </message>
    <message>
        <source>This till has not received online order %1</source>
        <translation>Эта касса не получала онлайн-заказ %1</translation>
    </message>
    <message>
        <source>This till is not enrolled with the hub, so it cannot check pickup codes</source>
        <translation>Касса не зарегистрирована на хабе и не может проверять коды выдачи</translation>
    </message>
    <message>
        <source>This pickup code is not genuine</source>
        <translation>Этот код выдачи поддельный</translation>
    </message>
    <message>
        <source>This order is for pickup at another store (%1)</source>
        <translation>Этот заказ выдаётся в другом магазине (%1)</translation>
    </message>
    <message>
        <source>Order %1 has not reached this till yet; sync and try again</source>
        <translation>Заказ %1 ещё не дошёл до кассы; синхронизируйте и повторите</translation>
    </message>
    <message>
        <source>Type the last four digits of the customer&apos;s phone number</source>
        <translation>Введите последние четыре цифры телефона покупателя</translation>
    </message>
    <message>
        <source>No order %1 with a phone number ending in %2</source>
        <translation>Нет заказа %1 с телефоном, оканчивающимся на %2</translation>
    </message>
    <message>
        <source>Order %1 was cancelled online: put its goods back on the shelves</source>
        <translation>Заказ %1 отменён онлайн: верните товары на полки</translation>
    </message>
    <message>
        <source>Order %1 has already been collected</source>
        <translation>Заказ %1 уже выдан</translation>
    </message>
    <message>
        <source>Order %1 was returned to stock</source>
        <translation>Заказ %1 возвращён на полки</translation>
    </message>
    <message>
        <source>Order %1 is ready; put a line back to change it</source>
        <translation>Заказ %1 собран; чтобы изменить его, верните строку</translation>
    </message>
    <message>
        <source>Order %1 is not picked yet</source>
        <translation>Заказ %1 ещё не собран</translation>
    </message>
    <message>
        <source>%1 is not in order %2: put it back</source>
        <translation>%1 нет в заказе %2: верните на место</translation>
    </message>
    <message>
        <source>Too much %1: the order asks for %2 g and %3 g are picked</source>
        <translation>Слишком много: %1 — в заказе %2 г, собрано %3 г</translation>
    </message>
    <message>
        <source>All %1 of %2 are picked already</source>
        <translation>Все %1 шт. «%2» уже собраны</translation>
    </message>
    <message>
        <source>Note how the customer agreed (for example &quot;by phone&quot;)</source>
        <translation>Укажите, как покупатель согласился (например, «по телефону»)</translation>
    </message>
    <message>
        <source>Line %1 is picked in full</source>
        <translation>Строка %1 собрана полностью</translation>
    </message>
    <message>
        <source>That is the ordered item itself: scan it to pick it</source>
        <translation>Это и есть заказанный товар: отсканируйте его для сборки</translation>
    </message>
    <message>
        <source>A substitute is sold the same way as the ordered item (by piece or by weight)</source>
        <translation>Замена продаётся так же, как заказанный товар (поштучно или на вес)</translation>
    </message>
    <message>
        <source>At most %1 can replace what is missing of %2</source>
        <translation>Не более %1 может заменить недостающее «%2»</translation>
    </message>
    <message>
        <source>%1: %2 of %3 picked; pick the rest, or record the customer&apos;s consent to a short pick or a substitute</source>
        <translation>%1: собрано %2 из %3; соберите остальное или отметьте согласие покупателя на недовложение или замену</translation>
    </message>
    <message>
        <source>Nothing of order %1 could be picked: ask the shop to cancel it</source>
        <translation>Из заказа %1 ничего не удалось собрать: попросите интернет-магазин отменить его</translation>
    </message>
    <message>
        <source>This store&apos;s catalog has no %1 (%2)</source>
        <translation>В каталоге магазина нет %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the order&apos;s total for this line does not match its price</source>
        <translation>%1: сумма строки заказа не совпадает с её ценой</translation>
    </message>
    <message>
        <source>This store&apos;s catalog has no %1</source>
        <translation>В каталоге магазина нет %1</translation>
    </message>
    <message>
        <source>The customer takes nothing: return order %1 to stock instead</source>
        <translation>Покупатель ничего не берёт: верните заказ %1 на полки</translation>
    </message>
    <message>
        <source>Order %1 has age-restricted goods: check the customer&apos;s age first</source>
        <translation>В заказе %1 есть товары с возрастным ограничением: сначала проверьте возраст покупателя</translation>
    </message>
    <message>
        <source>The payment does not match what order %1 costs as handed over</source>
        <translation>Оплата не совпадает со стоимостью выдаваемого заказа %1</translation>
    </message>
    <message>
        <source>Order %1 is %2</source>
        <translation>Заказ %1: %2</translation>
    </message>
    <message>
        <source>An order line needs a quantity and its agreed price</source>
        <translation>Для строки заказа нужны количество и согласованная цена</translation>
    </message>
    <message>
        <source>Return an uncollected order to stock</source>
        <translation>Вернуть невыкупленный заказ на полки</translation>
    </message>
    <message>
        <source>Orders for other stores are real: leave training mode to place one</source>
        <translation>Заказы в другие магазины настоящие: выйдите из режима обучения, чтобы оформить заказ</translation>
    </message>
    <message>
        <source>The order needs the customer&apos;s name and a phone number to reach them</source>
        <translation>Для заказа нужны имя покупателя и телефон для связи</translation>
    </message>
    <message>
        <source>Home delivery needs the full address</source>
        <translation>Для доставки на дом нужен полный адрес</translation>
    </message>
    <message>
        <source>The order has no items</source>
        <translation>В заказе нет товаров</translation>
    </message>
    <message>
        <source>Choose the store that has the goods</source>
        <translation>Выберите магазин, в котором есть товар</translation>
    </message>
    <message>
        <source>Each item needs a known product and a quantity</source>
        <translation>Для каждого товара нужны известный товар и количество</translation>
    </message>
    <message>
        <source>Store %1 had %2 of %3 at the last sync</source>
        <translation>В магазине %1 при последней синхронизации было %2 шт. «%3»</translation>
    </message>
    <message>
        <source>Only what was paid online goes back online</source>
        <translation>Онлайн возвращается только то, что было оплачено онлайн</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>Онлайн-оплата</translation>
    </message>
    <message>
        <source>A receipt needs a quantity and a cost</source>
        <translation>Для приёмки нужны количество и себестоимость</translation>
    </message>
    <message>
        <source>Receive goods and set restocking rules</source>
        <translation>Приёмка товара и правила пополнения</translation>
    </message>
    <message>
        <source>Say why a delivery nobody announced is taken in</source>
        <translation>Укажите, почему принимается незаявленная поставка</translation>
    </message>
    <message>
        <source>The delivery has no goods</source>
        <translation>В поставке нет товаров</translation>
    </message>
    <message>
        <source>Each line needs a known product, a quantity and a cost</source>
        <translation>Для каждой строки нужны известный товар, количество и себестоимость</translation>
    </message>
    <message>
        <source>A restocking rule needs min ≤ max, a pack of at least 1 and no negative days</source>
        <translation>Правилу пополнения нужны мин ≤ макс, упаковка не меньше 1 и неотрицательные сроки</translation>
    </message>
    <message>
        <source>Unknown stock request</source>
        <translation>Неизвестная заявка на товар</translation>
    </message>
    <message>
        <source>%1 was already received</source>
        <translation>%1 уже принята</translation>
    </message>
    <message>
        <source>%1 has not been shipped yet</source>
        <translation>%1 ещё не отгружена</translation>
    </message>
    <message>
        <source>Stock is real: leave training mode to count it</source>
        <translation>Остатки настоящие: выйдите из режима обучения, чтобы их считать</translation>
    </message>
    <message>
        <source>The note is too long</source>
        <translation>Примечание слишком длинное</translation>
    </message>
    <message>
        <source>A count is already in progress: finish it first</source>
        <translation>Уже идёт инвентаризация: сначала завершите её</translation>
    </message>
    <message>
        <source>Unknown stock count</source>
        <translation>Неизвестная инвентаризация</translation>
    </message>
    <message>
        <source>This count is closed</source>
        <translation>Эта инвентаризация закрыта</translation>
    </message>
    <message>
        <source>That is more than a store can hold</source>
        <translation>Столько в магазине поместиться не может</translation>
    </message>
    <message>
        <source>Type the quantity on the shelf (0 or more)</source>
        <translation>Введите количество на полке (0 или больше)</translation>
    </message>
    <message>
        <source>An approved count cannot be cancelled</source>
        <translation>Утверждённую инвентаризацию нельзя отменить</translation>
    </message>
    <message>
        <source>Close the count before approving it</source>
        <translation>Закройте инвентаризацию перед утверждением</translation>
    </message>
    <message>
        <source>Choose another store to transfer goods from</source>
        <translation>Выберите другой магазин, из которого переместить товар</translation>
    </message>
    <message>
        <source>Each line needs a known product and a quantity</source>
        <translation>В каждой строке нужен известный товар и количество</translation>
    </message>
    <message>
        <source>The request asks for nothing</source>
        <translation>В заявке ничего не запрошено</translation>
    </message>
    <message>
        <source>A request holds at most %1 lines</source>
        <translation>В заявке не больше %1 строк</translation>
    </message>
    <message>
        <source>Only the store that asked can cancel request %1</source>
        <translation>Отменить заявку %1 может только магазин, который её подал</translation>
    </message>
    <message>
        <source>Request %1 can no longer be cancelled</source>
        <translation>Заявку %1 уже нельзя отменить</translation>
    </message>
    <message>
        <source>Request %1 is not a transfer from this store</source>
        <translation>Заявка %1 — не перемещение из этого магазина</translation>
    </message>
    <message>
        <source>Transfer %1 is already %2</source>
        <translation>Перемещение %1 уже в состоянии «%2»</translation>
    </message>
    <message>
        <source>Say why the transfer is refused</source>
        <translation>Укажите, почему перемещение отклонено</translation>
    </message>
    <message>
        <source>Transfer %1 does not ask for that product</source>
        <translation>В перемещении %1 этот товар не запрошен</translation>
    </message>
    <message>
        <source>Ship at most %1 of %2</source>
        <translation>Отгрузите не больше %1 товара %2</translation>
    </message>
    <message>
        <source>Nothing to ship: refuse the transfer instead</source>
        <translation>Нечего отгружать: лучше отклоните перемещение</translation>
    </message>
    <message>
        <source>Stock is real: leave training mode to change it</source>
        <translation>Остатки настоящие: выйдите из режима обучения, чтобы их менять</translation>
    </message>
    <message>
        <source>A markdown takes 1 to 90 % off</source>
        <translation>Уценка — от 1 до 90 %</translation>
    </message>
    <message>
        <source>No goods of batch %1 are in stock</source>
        <translation>Товара партии %1 нет в наличии</translation>
    </message>
    <message>
        <source>Batch %1 has no expired goods in stock</source>
        <translation>В партии %1 нет просроченного товара</translation>
    </message>
    <message>
        <source>A batch number has at most 20 characters (GS1 AI 10)</source>
        <translation>Номер партии — не больше 20 символов (GS1 AI 10)</translation>
    </message>
    <message>
        <source>Your order number</source>
        <translation>Номер вашего заказа</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Please pay at the counter: the cashier scans this code.</source>
        <translation>Оплатите на кассе: кассир отсканирует этот код.</translation>
    </message>
    <message>
        <source>This is not a readable kiosk order: %1</source>
        <translation>Это не читаемый заказ из киоска: %1</translation>
    </message>
    <message>
        <source>the check digits do not match (a damaged print?)</source>
        <translation>контрольные цифры не совпадают (повреждённая печать?)</translation>
    </message>
    <message>
        <source>it has %1 fields instead of 6</source>
        <translation>в нём %1 полей вместо 6</translation>
    </message>
    <message>
        <source>the order number is missing</source>
        <translation>нет номера заказа</translation>
    </message>
    <message>
        <source>the order has no items</source>
        <translation>в заказе нет товаров</translation>
    </message>
    <message>
        <source>the order has more than %1 lines</source>
        <translation>в заказе больше %1 строк</translation>
    </message>
    <message>
        <source>the item &quot;%1&quot; is unreadable</source>
        <translation>позиция «%1» не читается</translation>
    </message>
    <message>
        <source>An order can have at most %1 different items</source>
        <translation>В заказе может быть не больше %1 разных товаров</translation>
    </message>
    <message>
        <source>%1 cannot be ordered at the kiosk</source>
        <translation>%1 нельзя заказать в киоске</translation>
    </message>
    <message>
        <source>This order was placed in store %1</source>
        <translation>Этот заказ оформлен в магазине %1</translation>
    </message>
    <message>
        <source>Order %1 is already in this sale</source>
        <translation>Заказ %1 уже в этой продаже</translation>
    </message>
    <message>
        <source>Finish the sale of the other kiosk order first</source>
        <translation>Сначала завершите продажу другого заказа из киоска</translation>
    </message>
    <message>
        <source>Order %1 has already been paid (receipt %2)</source>
        <translation>Заказ %1 уже оплачен (чек %2)</translation>
    </message>
    <message>
        <source>A member of staff must confirm your age first</source>
        <translation>Сначала сотрудник должен подтвердить ваш возраст</translation>
    </message>
    <message>
        <source>An earlier card payment is not settled yet; please ask a member of staff</source>
        <translation>Предыдущая оплата картой ещё не урегулирована; обратитесь к сотруднику</translation>
    </message>
    <message>
        <source>The card terminal is not available</source>
        <translation>Платёжный терминал недоступен</translation>
    </message>
    <message>
        <source>The card terminal did not answer. Please ask a member of staff before paying again.</source>
        <translation>Платёжный терминал не ответил. Прежде чем платить снова, обратитесь к сотруднику.</translation>
    </message>
    <message>
        <source>The order could not be recorded (%1). Your payment was cancelled; nothing was charged.</source>
        <translation>Заказ не удалось записать (%1). Оплата отменена, деньги не списаны.</translation>
    </message>
    <message>
        <source>The order could not be recorded (%1) and the payment could not be cancelled. Please ask a member of staff.</source>
        <translation>Заказ не удалось записать (%1), и оплату не удалось отменить. Обратитесь к сотруднику.</translation>
    </message>
    <message>
        <source>The price changed before the order could be recorded</source>
        <translation>Цена изменилась до того, как заказ удалось записать</translation>
    </message>
    <message>
        <source>The card terminal is not responding</source>
        <translation>Платёжный терминал не отвечает</translation>
    </message>
    <message>
        <source>Card declined</source>
        <translation>Карта отклонена</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>No answer from the card terminal</source>
        <translation>Нет ответа от платёжного терминала</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>No such payment</source>
        <translation>Такой оплаты нет</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>скидка %1</translation>
    </message>
    <message>
        <source>%1 off each</source>
        <translation>скидка %1 на каждый</translation>
    </message>
    <message>
        <source>Now %1 each</source>
        <translation>Теперь %1 за штуку</translation>
    </message>
    <message>
        <source>Buy %1, get %2 free</source>
        <translation>Купите %1, %2 в подарок</translation>
    </message>
    <message>
        <source>Buy %1, get %2 at %3 off</source>
        <translation>Купите %1, на %2 скидка %3</translation>
    </message>
    <message>
        <source>Any %1 for %2</source>
        <translation>Любые %1 за %2</translation>
    </message>
    <message>
        <source>Spend %1, get %2 off</source>
        <translation>При покупке от %1 скидка %2</translation>
    </message>
    <message>
        <source>%1 (members)</source>
        <translation>%1 (для участников)</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1: %2–%3 {1,?}</translation>
    </message>
    <message>
        <source>No kiosk order %1</source>
        <translation>Нет заказа из киоска %1</translation>
    </message>
    <message>
        <source>This kiosk order has already been paid</source>
        <translation>Этот заказ из киоска уже оплачен</translation>
    </message>
    <message>
        <source>None of the products of order %1 is on sale here</source>
        <translation>Ни один товар заказа %1 здесь не продаётся</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>Карта участника</translation>
    </message>
    <message>
        <source>No X or Z report %1</source>
        <translation>Нет X- или Z-отчёта %1</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Возвращено денег</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Продажи за вычетом возвратов</translation>
    </message>
    <message>
        <source>Tax (less returns)</source>
        <translation>Налог (за вычетом возвратов)</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Без налога</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>С налогом</translation>
    </message>
    <message>
        <source>+ Cash sales</source>
        <translation>+ Наличные от продаж</translation>
    </message>
    <message>
        <source>- Cash refunds</source>
        <translation>- Наличные по возвратам</translation>
    </message>
    <message>
        <source>+ Cash in</source>
        <translation>+ Внесение</translation>
    </message>
    <message>
        <source>- Cash out</source>
        <translation>- Изъятие</translation>
    </message>
    <message>
        <source>= Expected cash</source>
        <translation>= Ожидается наличных</translation>
    </message>
    <message>
        <source>%1 is more than a drawer holds (at most %2). Was a barcode scanned into the amount?</source>
        <translation>%1 — больше, чем может быть в ящике (не более %2). Может быть, в поле суммы отсканирован штрихкод?</translation>
    </message>
    <message>
        <source>%1 is a large amount: confirm it is right.</source>
        <translation>%1 — крупная сумма: подтвердите, что она верна.</translation>
    </message>
    <message>
        <source>See costs, stock value and sales reports</source>
        <translation>Просмотр себестоимости, стоимости остатков и отчётов о продажах</translation>
    </message>
    <message>
        <source>price as labelled</source>
        <translation>цена по этикетке</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>ONLINE ORDER COLLECTED</source>
        <translation>ИНТЕРНЕТ-ЗАКАЗ ВЫДАН</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>Оплачено онлайн</translation>
    </message>
    <message>
        <source>There is no store database at %1. Check the path, or create a store with &quot;omnitillctl demo --db %1&quot;.</source>
        <translation>По пути %1 нет базы данных магазина. Проверьте путь или создайте магазин командой «omnitillctl demo --db %1».</translation>
    </message>
    <message>
        <source>The folder %1 of the store database cannot be written to (missing or read-only): the till records every sale there. Check the path and the folder&apos;s permissions.</source>
        <translation>В папку базы данных магазина %1 нельзя записывать (её нет или она только для чтения), а касса записывает туда каждую продажу. Проверьте путь и права на папку.</translation>
    </message>
    <message>
        <source>The store database %1 is read-only: the till records every sale in it. Check the file&apos;s permissions.</source>
        <translation>База данных магазина %1 доступна только для чтения, а касса записывает в неё каждую продажу. Проверьте права на файл.</translation>
    </message>
    <message>
        <source>Nothing can be read from %1: its header or its list of tables is damaged (%2). What was synced is safe at the hub.</source>
        <translation>Из %1 ничего не удаётся прочитать: повреждён заголовок или список таблиц (%2). Всё, что было синхронизировано, сохранено в центре.</translation>
    </message>
    <message>
        <source>The store database %1 is damaged (%2). Selling is stopped so that nothing more is written to a damaged file; everything recorded before stays in it. Close OmniTill and recover the store with &quot;omnitillctl recover --db %1 --out NEW-FILE&quot; (see the README, &quot;A damaged store database&quot;).</source>
        <translation>База данных магазина %1 повреждена (%2). Продажи остановлены, чтобы в повреждённый файл больше ничего не записывалось; всё записанное ранее в нём сохраняется. Закройте OmniTill и восстановите базу командой &quot;omnitillctl recover --db %1 --out NEW-FILE&quot; (см. README, раздел «A damaged store database»).</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 for the recovery.</source>
        <translation>Не удаётся скопировать %1 в %2 для восстановления.</translation>
    </message>
    <message>
        <source>The till&apos;s identity was on a damaged page of %1; set the till up again and enroll it with the hub.</source>
        <translation>Данные кассы находились на повреждённой странице %1; настройте кассу заново и зарегистрируйте её в центре.</translation>
    </message>
    <message>
        <source>There is no store database at %1.</source>
        <translation>По пути %1 нет базы данных магазина.</translation>
    </message>
    <message>
        <source>%1 already exists; the recovered store is written to a new file.</source>
        <translation>%1 уже существует; восстановленные данные записываются только в новый файл.</translation>
    </message>
    <message>
        <source>Cannot create a work folder beside %1.</source>
        <translation>Не удаётся создать рабочую папку рядом с %1.</translation>
    </message>
    <message>
        <source>The till&apos;s settings (its identity and keys) cannot be read from %1; set the till up again and enroll it with the hub.</source>
        <translation>Настройки кассы (её идентификатор и ключи) не читаются из %1; настройте кассу заново и зарегистрируйте её в центре.</translation>
    </message>
    <message>
        <source>The camera decoder had stopped; it is being restarted.</source>
        <translation>Декодер камеры остановился; он перезапускается.</translation>
    </message>
    <message>
        <source>The camera decoder %1 could not be started: %2</source>
        <translation>Не удалось запустить декодер камеры %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The camera decoder took longer than %n ms on a picture; it is being restarted.</source>
        <translation>
            <numerusform>Декодер камеры обрабатывал кадр дольше %n мс; он перезапускается.</numerusform>
            <numerusform>Декодер камеры обрабатывал кадр дольше %n мс; он перезапускается.</numerusform>
            <numerusform>Декодер камеры обрабатывал кадр дольше %n мс; он перезапускается.</numerusform>
        </translation>
    </message>
    <message>
        <source>The camera decoder failed on a picture; it is being restarted.</source>
        <translation>Декодер камеры сбился на кадре; он перезапускается.</translation>
    </message>
    <message>
        <source>The camera decoder answered with something unreadable; it is being restarted.</source>
        <translation>Декодер камеры вернул нечитаемый ответ; он перезапускается.</translation>
    </message>
    <message>
        <source>This member code has expired: open the app again to show a fresh one</source>
        <translation>Срок действия кода участника истёк: откройте приложение снова, чтобы показать новый код</translation>
    </message>
    <message>
        <source>This coupon code has expired</source>
        <translation>Срок действия кода купона истёк</translation>
    </message>
    <message>
        <source>This pickup code has expired: find the order by its number and the customer&apos;s phone</source>
        <translation>Срок действия кода выдачи истёк: найдите заказ по номеру и телефону покупателя</translation>
    </message>
    <message>
        <source>This code was issued later than this till&apos;s clock says it is now: check the till&apos;s date and time</source>
        <translation>Код выдан позже, чем показывают часы кассы: проверьте дату и время на кассе</translation>
    </message>
    <message>
        <source>This member code is from an older version of the app: open the app again to show a fresh one</source>
        <translation>Код участника из старой версии приложения: откройте приложение снова, чтобы показать новый код</translation>
    </message>
    <message>
        <source>This coupon was issued before a security update and can no longer be accepted; the store can issue a new one</source>
        <translation>Этот купон выпущен до обновления безопасности и больше не принимается; магазин может выпустить новый</translation>
    </message>
    <message>
        <source>The hub&apos;s answers keep getting lost on the way; the till will try again</source>
        <translation>Ответы хаба теряются по пути; касса попробует ещё раз</translation>
    </message>
    <message>
        <source>The connection to the hub broke off before it answered</source>
        <translation>Соединение с хабом прервалось до его ответа</translation>
    </message>
    <message numerus="yes">
        <source>The hub did not answer within %n seconds</source>
        <translation>
            <numerusform>Хаб не ответил за %n секунду</numerusform>
            <numerusform>Хаб не ответил за %n секунды</numerusform>
            <numerusform>Хаб не ответил за %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub at %1 does not accept connections (is it running?)</source>
        <translation>Хаб по адресу %1 не принимает соединения (он запущен?)</translation>
    </message>
    <message>
        <source>The hub&apos;s address %1 cannot be found</source>
        <translation>Адрес хаба %1 не найден</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted: %1</source>
        <translation>Сертификату хаба нет доверия: %1</translation>
    </message>
    <message>
        <source>The hub had a problem with this request (HTTP %1); the till will try again</source>
        <translation>У хаба возникла проблема с этим запросом (HTTP %1); касса попробует ещё раз</translation>
    </message>
    <message>
        <source>Enrollment failed: %1</source>
        <translation>Регистрация не удалась: %1</translation>
    </message>
    <message>
        <source>The hub&apos;s address must start with https:// (plain http:// only for a hub on this machine): %1</source>
        <translation>Адрес хаба должен начинаться с https:// (http:// — только для хаба на этом компьютере): %1</translation>
    </message>
    <message>
        <source>it does not start with OTK1 or OTK2</source>
        <translation>он не начинается с OTK1 или OTK2</translation>
    </message>
    <message>
        <source>it was made by a kiosk that is not enrolled with the hub</source>
        <translation>он создан киоском, не зарегистрированным в хабе</translation>
    </message>
    <message>
        <source>this till is not enrolled with the hub, so it cannot check the code</source>
        <translation>эта касса не зарегистрирована в хабе и не может проверить код</translation>
    </message>
    <message numerus="yes">
        <source>The hub asked the till to slow down; it will try again in %n seconds</source>
        <translation>
            <numerusform>Хаб попросил кассу делать запросы реже; она повторит через %n секунду</numerusform>
            <numerusform>Хаб попросил кассу делать запросы реже; она повторит через %n секунды</numerusform>
            <numerusform>Хаб попросил кассу делать запросы реже; она повторит через %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>The hub at %1 showed a certificate without the key this till was set up to trust; nothing was sent</source>
        <translation>Хаб %1 предъявил сертификат без ключа, которому настроена доверять эта касса; ничего не отправлено</translation>
    </message>
    <message>
        <source>The hub CA file holds no PEM certificate</source>
        <translation>В файле центра сертификации хаба нет сертификата PEM</translation>
    </message>
    <message>
        <source>A hub pin reads sha256/ and the key&apos;s hash in base64: %1</source>
        <translation>Привязка ключа хаба записывается как sha256/ и хеш ключа в base64: %1</translation>
    </message>
    <message>
        <source>A card payment is already running</source>
        <translation>Оплата картой уже выполняется</translation>
    </message>
    <message>
        <source>No card terminal is set up</source>
        <translation>Терминал для карт не настроен</translation>
    </message>
    <message>
        <source>The key file %1 exists already; a signing key is never replaced</source>
        <translation>Файл ключа %1 уже существует; ключ подписи никогда не заменяется</translation>
    </message>
    <message>
        <source>Cannot create the key folder %1</source>
        <translation>Не удаётся создать папку ключей %1</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>Не удаётся записать файл ключа %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the key file %1</source>
        <translation>Не удаётся записать файл ключа %1</translation>
    </message>
    <message>
        <source>The signing key file %1 is missing. Restore it from the backup kept apart from the store database; without it the till cannot sign what it sells.</source>
        <translation>Файл ключа подписи %1 отсутствует. Восстановите его из резервной копии, хранящейся отдельно от базы магазина; без него касса не может подписывать продажи.</translation>
    </message>
    <message>
        <source>The signing key file %1 may be read or changed by others than its owner. Run &quot;chmod 600 %1&quot; and check who had access.</source>
        <translation>Файл ключа подписи %1 могут читать или изменять не только его владелец. Выполните &quot;chmod 600 %1&quot; и проверьте, у кого был доступ.</translation>
    </message>
    <message>
        <source>Cannot read the signing key file %1: %2</source>
        <translation>Не удаётся прочитать файл ключа подписи %1: %2</translation>
    </message>
    <message>
        <source>entry %1 is not the one seen before: it was replaced</source>
        <translation>запись %1 не та, что была видна ранее: её заменили</translation>
    </message>
    <message>
        <source>the journal ends at entry %1, but entry %2 was seen before: entries were removed</source>
        <translation>журнал заканчивается записью %1, но ранее была видна запись %2: записи удалены</translation>
    </message>
    <message>
        <source>the journal ends at entry %1, but the store&apos;s sales and returns refer to entry %2: entries were removed</source>
        <translation>журнал заканчивается записью %1, но продажи и возвраты магазина ссылаются на запись %2: записи удалены</translation>
    </message>
    <message>
        <source>The store names no file for its key %1</source>
        <translation>В настройках магазина не указан файл ключа %1</translation>
    </message>
    <message>
        <source>The signing token does not answer (%1, PKCS#11 error 0x%2)</source>
        <translation>Токен подписи не отвечает (%1, ошибка PKCS#11 0x%2)</translation>
    </message>
    <message>
        <source>Cannot load the PKCS#11 module %1: %2</source>
        <translation>Не удаётся загрузить модуль PKCS#11 %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#11 module</source>
        <translation>%1 не является модулем PKCS#11</translation>
    </message>
    <message>
        <source>The signing token %1 refused the PIN</source>
        <translation>Токен подписи %1 отклонил PIN-код</translation>
    </message>
    <message>
        <source>No signing token labelled %1 is present</source>
        <translation>Токен подписи с меткой %1 не найден</translation>
    </message>
    <message>
        <source>The key on the signing token is not a P-256 key</source>
        <translation>Ключ на токене подписи не является ключом P-256</translation>
    </message>
    <message>
        <source>The signing token %1 holds no key pair labelled %2</source>
        <translation>На токене подписи %1 нет пары ключей с меткой %2</translation>
    </message>
    <message>
        <source>entry %1 is not the one the hub holds: it was replaced</source>
        <translation>запись %1 не совпадает с той, что хранит хаб: её подменили</translation>
    </message>
    <message>
        <source>The hub kept asking for the journal; the sync stopped after %1 requests</source>
        <translation>Хаб продолжал запрашивать журнал; синхронизация остановлена после %1 запросов</translation>
    </message>
    <message>
        <source>The hub could not be asked for the journal: %1</source>
        <translation>Не удалось запросить журнал у хаба: %1</translation>
    </message>
    <message>
        <source>The signing token %1 holds another key than the journal&apos;s (%2)</source>
        <translation>Токен подписи %1 содержит другой ключ, не ключ журнала (%2)</translation>
    </message>
    <message>
        <source>The journal is already signed with the key on %1</source>
        <translation>Журнал уже подписывается ключом на %1</translation>
    </message>
    <message>
        <source>The journal&apos;s present key cannot sign the change (%1); the journal keeps it</source>
        <translation>Текущий ключ журнала не может подписать смену ключа (%1); журнал остаётся на нём</translation>
    </message>
    <message>
        <source>entry %1 changes the journal&apos;s key but names no key</source>
        <translation>запись %1 меняет ключ журнала, но не называет новый ключ</translation>
    </message>
    <message>
        <source>NOT SIGNED - the signing device failed</source>
        <translation>НЕ ПОДПИСАНО - устройство подписи не работает</translation>
    </message>
    <message>
        <source>The store names a signing token but not its public key</source>
        <translation>В настройках магазина указан токен подписи, но нет его открытого ключа</translation>
    </message>
    <message>
        <source>The store names no PIN file for its signing token</source>
        <translation>В настройках магазина не указан файл PIN-кода токена подписи</translation>
    </message>
    <message>
        <source>The signing token %1 already holds a key labelled %2</source>
        <translation>Токен подписи %1 уже содержит ключ с меткой %2</translation>
    </message>
    <message>
        <source>VAT ID %1</source>
        <translation>ИНН %1</translation>
    </message>
    <message>
        <source>CANCELLED - NOTHING WAS SOLD</source>
        <translation>АННУЛИРОВАНО - ПРОДАЖИ НЕ БЫЛО</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>АННУЛИРОВАНО</translation>
    </message>
    <message>
        <source>Signature no.</source>
        <translation>Подпись №</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>The card terminal must be &quot;simulator&quot;, &quot;none&quot; or a ZVT address (zvt://HOST:PORT, zvt+serial:///dev/ttyUSB0), not &quot;%1&quot;</source>
        <translation>Платёжный терминал должен быть «simulator», «none» или адресом ZVT (zvt://HOST:PORT, zvt+serial:///dev/ttyUSB0), а не «%1»</translation>
    </message>
    <message>
        <source>The card terminal&apos;s password must be six digits</source>
        <translation>Пароль платёжного терминала — шесть цифр</translation>
    </message>
    <message>
        <source>Card declined by the bank</source>
        <translation>Банк отклонил карту</translation>
    </message>
    <message>
        <source>The card has expired</source>
        <translation>Срок действия карты истёк</translation>
    </message>
    <message>
        <source>Declined: not enough funds</source>
        <translation>Отклонено: недостаточно средств</translation>
    </message>
    <message>
        <source>Declined: wrong PIN</source>
        <translation>Отклонено: неверный PIN-код</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>Не удалось прочитать карту</translation>
    </message>
    <message>
        <source>Card data missing</source>
        <translation>Нет данных карты</translation>
    </message>
    <message>
        <source>Processing error at the card terminal</source>
        <translation>Ошибка обработки на платёжном терминале</translation>
    </message>
    <message>
        <source>The card terminal&apos;s turnover file is full: run its end of day</source>
        <translation>Журнал операций терминала заполнен: выполните закрытие дня на терминале</translation>
    </message>
    <message>
        <source>This function is switched off at the card terminal</source>
        <translation>Эта функция отключена на платёжном терминале</translation>
    </message>
    <message>
        <source>Payment cancelled at the card terminal or timed out</source>
        <translation>Оплата отменена на терминале или истекло время ожидания</translation>
    </message>
    <message>
        <source>The card is blocked</source>
        <translation>Карта заблокирована</translation>
    </message>
    <message>
        <source>The card terminal does not accept this currency</source>
        <translation>Платёжный терминал не принимает эту валюту</translation>
    </message>
    <message>
        <source>Declined: not enough credit</source>
        <translation>Отклонено: недостаточно кредита</translation>
    </message>
    <message>
        <source>Card not known to the terminal</source>
        <translation>Терминал не знает эту карту</translation>
    </message>
    <message>
        <source>The card terminal could not reach the bank</source>
        <translation>Платёжный терминал не смог связаться с банком</translation>
    </message>
    <message>
        <source>The card terminal cannot do this now</source>
        <translation>Платёжный терминал сейчас не может это выполнить</translation>
    </message>
    <message>
        <source>The card terminal reported a protocol error</source>
        <translation>Платёжный терминал сообщил об ошибке протокола</translation>
    </message>
    <message>
        <source>The card terminal is busy; try again</source>
        <translation>Платёжный терминал занят; повторите попытку</translation>
    </message>
    <message>
        <source>This payment was already reversed</source>
        <translation>Этот платёж уже отменён</translation>
    </message>
    <message>
        <source>This payment can no longer be reversed</source>
        <translation>Этот платёж больше нельзя отменить</translation>
    </message>
    <message>
        <source>The amount is above the card&apos;s limit</source>
        <translation>Сумма превышает лимит карты</translation>
    </message>
    <message>
        <source>This kind of card is not accepted</source>
        <translation>Карты этого типа не принимаются</translation>
    </message>
    <message>
        <source>The card terminal&apos;s printer is not ready</source>
        <translation>Принтер платёжного терминала не готов</translation>
    </message>
    <message>
        <source>The card terminal is out of order</source>
        <translation>Платёжный терминал неисправен</translation>
    </message>
    <message>
        <source>Card declined by the bank (code %1)</source>
        <translation>Банк отклонил карту (код %1)</translation>
    </message>
    <message>
        <source>The card terminal reported error %1h</source>
        <translation>Платёжный терминал сообщил об ошибке %1h</translation>
    </message>
    <message>
        <source>Please confirm the amount</source>
        <translation>Подтвердите сумму</translation>
    </message>
    <message>
        <source>Please follow the instructions on the card terminal</source>
        <translation>Следуйте указаниям на платёжном терминале</translation>
    </message>
    <message>
        <source>Card not accepted</source>
        <translation>Карта не принята</translation>
    </message>
    <message>
        <source>Contacting the bank…</source>
        <translation>Связь с банком…</translation>
    </message>
    <message>
        <source>Cancelling the payment…</source>
        <translation>Отмена платежа…</translation>
    </message>
    <message>
        <source>Insert, tap or swipe your card</source>
        <translation>Вставьте, приложите или проведите карту</translation>
    </message>
    <message>
        <source>Please remove your card</source>
        <translation>Заберите карту</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Подождите…</translation>
    </message>
    <message>
        <source>Payment not possible</source>
        <translation>Оплата невозможна</translation>
    </message>
    <message>
        <source>Wrong PIN, please try again</source>
        <translation>Неверный PIN-код, попробуйте ещё раз</translation>
    </message>
    <message>
        <source>Too many wrong PINs</source>
        <translation>Слишком много неверных PIN-кодов</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>The card terminal did not answer</source>
        <translation>Платёжный терминал не ответил</translation>
    </message>
    <message>
        <source>The card terminal at %1 cannot be reached: %2</source>
        <translation>Платёжный терминал %1 недоступен: %2</translation>
    </message>
    <message>
        <source>The card terminal did not answer in time</source>
        <translation>Платёжный терминал не ответил вовремя</translation>
    </message>
    <message>
        <source>The card terminal charged %1 instead of %2</source>
        <translation>Платёжный терминал списал %1 вместо %2</translation>
    </message>
    <message>
        <source>No answer from the card terminal: %1</source>
        <translation>Нет ответа от платёжного терминала: %1</translation>
    </message>
    <message>
        <source>The card terminal has no payment to report</source>
        <translation>У платёжного терминала нет платежа для отчёта</translation>
    </message>
    <message>
        <source>The card terminal did not take this payment</source>
        <translation>Платёжный терминал не провёл этот платёж</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card terminal address (zvt://HOST:PORT or zvt+serial:///dev/ttyUSB0?baud=9600)</source>
        <translation>«%1» — не адрес платёжного терминала (zvt://HOST:PORT или zvt+serial:///dev/ttyUSB0?baud=9600)</translation>
    </message>
    <message>
        <source>The card terminal cannot be used with currency %1</source>
        <translation>Платёжный терминал нельзя использовать с валютой %1</translation>
    </message>
    <message>
        <source>In training mode the card terminal is not used; take the card payment by hand</source>
        <translation>В режиме обучения платёжный терминал не используется; примите оплату картой вручную</translation>
    </message>
    <message>
        <source>A card payment must be more than zero</source>
        <translation>Оплата картой должна быть больше нуля</translation>
    </message>
    <message>
        <source>The card payment %1 is not an approved payment of this amount</source>
        <translation>Платёж картой %1 не является одобренным платежом на эту сумму</translation>
    </message>
    <message>
        <source>The card payment %1 is not an approved payment</source>
        <translation>Платёж картой %1 не является одобренным</translation>
    </message>
    <message>
        <source>The card terminal&apos;s end of day is not run in training mode</source>
        <translation>В режиме обучения закрытие дня на терминале не выполняется</translation>
    </message>
    <message>
        <source>Difference %1 (terminal %2, till %3)</source>
        <translation>Расхождение %1 (терминал %2, касса %3)</translation>
    </message>
    <message>
        <source>This card terminal cannot refund to a card</source>
        <translation>Этот платёжный терминал не умеет возвращать деньги на карту</translation>
    </message>
    <message>
        <source>This card terminal has no end of day</source>
        <translation>У этого платёжного терминала нет закрытия дня</translation>
    </message>
    <message>
        <source>No card payment %1</source>
        <translation>Нет платежа картой %1</translation>
    </message>
    <message>
        <source>A terminal card payment must name its terminal payment</source>
        <translation>Оплата картой через терминал должна ссылаться на платёж терминала</translation>
    </message>
    <message>
        <source>The card terminal answered %1 instead of acknowledging the command</source>
        <translation>Платёжный терминал ответил %1 вместо подтверждения команды</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::AisleOrderDialog</name>
    <message>
        <source>Order from another store</source>
        <translation>Заказ из другого магазина</translation>
    </message>
    <message>
        <source>%1 - here: %2</source>
        <translation>%1 — здесь: %2</translation>
    </message>
    <message>
        <source>Other stores&apos; stock at the last sync</source>
        <translation>Остатки других магазинов на момент последней синхронизации</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>On hand at the last sync</source>
        <translation>Остаток при последней синхронизации</translation>
    </message>
    <message>
        <source> g</source>
        <translation> г</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Количество:</translation>
    </message>
    <message>
        <source>Customer collects it at that store</source>
        <translation>Покупатель заберёт в том магазине</translation>
    </message>
    <message>
        <source>Home delivery from that store</source>
        <translation>Доставка на дом из того магазина</translation>
    </message>
    <message>
        <source>How the customer gets it</source>
        <translation>Как покупатель получит товар</translation>
    </message>
    <message>
        <source>&amp;Fulfilment:</source>
        <translation>&amp;Получение:</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Имя покупателя</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>Телефон покупателя</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>The customer pays when collecting it or on delivery.</source>
        <translation>Покупатель оплачивает при получении или при доставке.</translation>
    </message>
    <message>
        <source>Place order</source>
        <translation>Оформить заказ</translation>
    </message>
    <message>
        <source>Recent orders from this till:</source>
        <translation>Последние заказы с этой кассы:</translation>
    </message>
    <message>
        <source>Recent orders from this till</source>
        <translation>Последние заказы с этой кассы</translation>
    </message>
    <message>
        <source>No other store had it at the last sync</source>
        <translation>При последней синхронизации ни в одном другом магазине товара не было</translation>
    </message>
    <message>
        <source>Choose the store that has the goods</source>
        <translation>Выберите магазин, в котором есть товар</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>оформлен</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>отклонён: %1</translation>
    </message>
    <message>
        <source>%1 - %2 - %3 - %4</source>
        <translation>%1 — %2 — %3 — %4</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::ApprovalDialog</name>
    <message>
        <source>Approval needed</source>
        <translation>Нужно подтверждение</translation>
    </message>
    <message>
        <source>A supervisor or manager enters their PIN:</source>
        <translation>Старший кассир или управляющий вводит свой PIN:</translation>
    </message>
    <message>
        <source>Cancelled: no approval</source>
        <translation>Отменено: нет подтверждения</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::CartTableModel</name>
    <message>
        <source>Batch %1</source>
        <translation>Партия %1</translation>
    </message>
    <message>
        <source>Best before %1</source>
        <translation>Годен до %1</translation>
    </message>
    <message>
        <source>Age restricted</source>
        <translation>Ограничение по возрасту</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 кг</translation>
    </message>
    <message>
        <source>label</source>
        <translation>этикетка</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Налог</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::CashierPage</name>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Скидка на позицию</translation>
    </message>
    <message>
        <source>Sale discount</source>
        <translation>Скидка на чек</translation>
    </message>
    <message>
        <source>Void line</source>
        <translation>Сторно позиции</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Промежуточный итог</translation>
    </message>
    <message>
        <source>Park sale</source>
        <translation>Отложить продажу</translation>
    </message>
    <message>
        <source>Resume sale</source>
        <translation>Вернуть продажу</translation>
    </message>
    <message>
        <source>Price override</source>
        <translation>Изменить цену</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Аннулировать продажу</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>Последний чек</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Weight of %1 in kg:</source>
        <translation>Вес %1 в кг:</translation>
    </message>
    <message>
        <source>Age check</source>
        <translation>Проверка возраста</translation>
    </message>
    <message>
        <source>%1 removed: age not confirmed</source>
        <translation>%1 удалён: возраст не подтверждён</translation>
    </message>
    <message>
        <source>New quantity:</source>
        <translation>Новое количество:</translation>
    </message>
    <message>
        <source>Discount as 10% or as an amount:</source>
        <translation>Скидка в виде 10% или суммой:</translation>
    </message>
    <message>
        <source>Subtotal: %1</source>
        <translation>Промежуточный итог: %1</translation>
    </message>
    <message>
        <source>New unit price:</source>
        <translation>Новая цена за единицу:</translation>
    </message>
    <message>
        <source>Void the whole sale?</source>
        <translation>Аннулировать всю продажу?</translation>
    </message>
    <message>
        <source>Sale voided</source>
        <translation>Продажа аннулирована</translation>
    </message>
    <message>
        <source>%1 items, %2</source>
        <translation>позиций: %1, %2</translation>
    </message>
    <message>
        <source>Sale parked: %1</source>
        <translation>Продажа отложена: %1</translation>
    </message>
    <message>
        <source>Finish or park the current sale first</source>
        <translation>Сначала завершите или отложите текущую продажу</translation>
    </message>
    <message>
        <source>No parked sales</source>
        <translation>Нет отложенных продаж</translation>
    </message>
    <message>
        <source>Parked sales:</source>
        <translation>Отложенные продажи:</translation>
    </message>
    <message>
        <source>Sale resumed</source>
        <translation>Продажа возобновлена</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s age first</source>
        <translation>Сначала подтвердите возраст покупателя</translation>
    </message>
    <message>
        <source>Receipt %1 - change %2</source>
        <translation>Чек %1 — сдача %2</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>Чеков ещё нет</translation>
    </message>
    <message>
        <source>%1 %2%: tax %3</source>
        <translation>%1 %2%: налог %3</translation>
    </message>
    <message>
        <source>Discounts %1</source>
        <translation>Скидки %1</translation>
    </message>
    <message>
        <source>Scan, type a code or search by name</source>
        <translation>Сканируйте, введите код или ищите по названию</translation>
    </message>
    <message>
        <source>The scanner types in another keyboard layout; read &quot;%1&quot; as &quot;%2&quot;. Set the scanner to US English keyboard emulation or the till&apos;s layout to English.</source>
        <translation>Сканер вводит в другой раскладке; «%1» прочитано как «%2». Включите в сканере эмуляцию клавиатуры US English или переключите раскладку кассы на английскую.</translation>
    </message>
    <message>
        <source>Weighing...</source>
        <translation>Взвешивание...</translation>
    </message>
    <message>
        <source>Receipt %1 shown; no receipt printer is set up</source>
        <translation>Чек %1 показан; чековый принтер не настроен</translation>
    </message>
    <message>
        <source>Copy of %1 sent to the printer</source>
        <translation>Копия %1 отправлена на принтер</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Участник: %1</translation>
    </message>
    <message>
        <source>Member %1, %2 points</source>
        <translation>Участник %1, баллов: %2</translation>
    </message>
    <message>
        <source>Card number or phone number:</source>
        <translation>Номер карты или телефона:</translation>
    </message>
    <message>
        <source>Which member?</source>
        <translation>Какой участник?</translation>
    </message>
    <message>
        <source>No member has this phone number. Enrol the customer now?</source>
        <translation>Участника с таким телефоном нет. Зарегистрировать покупателя сейчас?</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>Name (optional):</source>
        <translation>Имя (необязательно):</translation>
    </message>
    <message>
        <source>Does the customer agree that we keep their name and phone number for the loyalty programme?</source>
        <translation>Согласен ли покупатель, чтобы мы хранили его имя и номер телефона для программы лояльности?</translation>
    </message>
    <message>
        <source>Redeem points</source>
        <translation>Списать баллы</translation>
    </message>
    <message>
        <source>Points to redeem (at most %1, set by %2):</source>
        <translation>Сколько баллов списать (не более %1, ограничивает %2):</translation>
    </message>
    <message>
        <source>No points redeemed</source>
        <translation>Баллы не списаны</translation>
    </message>
    <message>
        <source>%1 points take %2 off the price</source>
        <translation>%1 баллов снижают цену на %2</translation>
    </message>
    <message>
        <source>%1 points pay %2 of the sale</source>
        <translation>%1 баллов оплачивают %2 покупки</translation>
    </message>
    <message>
        <source>Points (%1)</source>
        <translation>Баллы (%1)</translation>
    </message>
    <message>
        <source>Coupon %1: %2 off</source>
        <translation>Купон %1: скидка %2</translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation>Купон %1</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Подарочная карта</translation>
    </message>
    <message>
        <source>Sell a gift card</source>
        <translation>Продать подарочную карту</translation>
    </message>
    <message>
        <source>Top up a card</source>
        <translation>Пополнить карту</translation>
    </message>
    <message>
        <source>Card balance</source>
        <translation>Баланс карты</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Что сделать:</translation>
    </message>
    <message>
        <source>Scan or type the card number:</source>
        <translation>Отсканируйте или введите номер карты:</translation>
    </message>
    <message>
        <source>This card is not known to the till</source>
        <translation>Касса не знает эту карту</translation>
    </message>
    <message>
        <source>Card %1: %2 available</source>
        <translation>Карта %1: доступно %2</translation>
    </message>
    <message>
        <source>Amount to load:</source>
        <translation>Сумма зачисления:</translation>
    </message>
    <message>
        <source>Card %1 loaded with %2 when the sale is paid</source>
        <translation>На карту %1 будет зачислено %2 после оплаты</translation>
    </message>
    <message>
        <source>Suggest: %1</source>
        <translation>Предложите: %1</translation>
    </message>
    <message>
        <source>Bought together with this sale, or (★) from the member&apos;s favourite categories</source>
        <translation>Часто покупают вместе с этими товарами или (★) из любимых категорий участника</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Refund %1: %2</source>
        <translation>Возврат %1: %2</translation>
    </message>
    <message>
        <source>on store credit %1</source>
        <translation>на кредит магазина %1</translation>
    </message>
    <message>
        <source>Exchange: receipt %1, %2 back (refund %3)</source>
        <translation>Обмен: чек %1, возвращено %2 (возврат %3)</translation>
    </message>
    <message>
        <source>Exchange: receipt %1, change %2 (refund %3)</source>
        <translation>Обмен: чек %1, сдача %2 (возврат %3)</translation>
    </message>
    <message>
        <source>Other stores</source>
        <translation>Другие магазины</translation>
    </message>
    <message>
        <source>%1 is out of stock here; other stores have it (Other stores, Ctrl+Shift+A)</source>
        <translation>%1 нет в наличии здесь; есть в других магазинах («Другие магазины», Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Scan the item the customer wants first</source>
        <translation>Сначала отсканируйте нужный покупателю товар</translation>
    </message>
    <message>
        <source>Order %1 placed at store %2; it is sent to the hub with the next sync</source>
        <translation>Заказ %1 оформлен в магазин %2; он уйдёт на хаб при следующей синхронизации</translation>
    </message>
    <message>
        <source>Remove %1 from this sale?</source>
        <translation>Убрать %1 из этой продажи?</translation>
    </message>
    <message numerus="yes">
        <source>Kiosk order %1: %n item(s) added.</source>
        <translation>
            <numerusform>Заказ из киоска %1: добавлена %n позиция.</numerusform>
            <numerusform>Заказ из киоска %1: добавлено %n позиции.</numerusform>
            <numerusform>Заказ из киоска %1: добавлено %n позиций.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on sale here, left out: %1</source>
        <translation>Здесь не продаётся, пропущено: %1</translation>
    </message>
    <message>
        <source>The member is not known to this till yet; identify them again.</source>
        <translation>Эта касса ещё не знает участника; определите его снова.</translation>
    </message>
    <message>
        <source>%1, phone ending %2</source>
        <translation>%1, телефон оканчивается на %2</translation>
    </message>
    <message>
        <source>%1 is age restricted: the customer must be at least %2, born on or before %3. Is that so?</source>
        <translation>%1 — товар с возрастным ограничением: покупателю должно быть не меньше %2 лет, дата рождения не позже %3. Это так?</translation>
    </message>
    <message>
        <source>The sale is saved, but its receipt cannot be shown: %1</source>
        <translation>Продажа сохранена, но её чек не удаётся показать: %1</translation>
    </message>
    <message>
        <source>The exchange was not completed: the refund to the card is reversed on the terminal</source>
        <translation>Обмен не завершён: возврат на карту отменяется на терминале</translation>
    </message>
    <message>
        <source>The exchange was not completed; the refund to the card was reversed on the terminal.</source>
        <translation>Обмен не завершён; возврат на карту отменён на терминале.</translation>
    </message>
    <message>
        <source>The refund to the card could not be reversed on the terminal.</source>
        <translation>Не удалось отменить возврат на карту на терминале.</translation>
    </message>
    <message>
        <source>Settle card payments from the Till menu once the terminal answers.</source>
        <translation>Когда терминал ответит, урегулируйте платежи картой в меню «Касса».</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::CustomerDisplayWindow</name>
    <message>
        <source>%1 kg</source>
        <translation>%1 кг</translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation>скидка %1</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Дисплей покупателя</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Добро пожаловать!</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Итого %1</translation>
    </message>
    <message>
        <source>Scan the code with your banking app to pay %1</source>
        <translation>Отсканируйте код в банковском приложении, чтобы оплатить %1</translation>
    </message>
    <message>
        <source>Thank you for shopping with us!</source>
        <translation>Спасибо за покупку!</translation>
    </message>
    <message>
        <source>Your change: %1
Thank you for shopping with us!</source>
        <translation>Ваша сдача: %1
Спасибо за покупку!</translation>
    </message>
    <message>
        <source>Promotion: %1  %2</source>
        <translation>Акция: %1  %2</translation>
    </message>
    <message>
        <source>You might also like: %1</source>
        <translation>Вам может понравиться: %1</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::DeviceSettingsDialog</name>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Чековый принтер</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, usb:///dev/usb/lp0 or serial:///dev/ttyS0?baud=19200</source>
        <translation>tcp://192.168.1.50:9100, usb:///dev/usb/lp0 или serial:///dev/ttyS0?baud=19200</translation>
    </message>
    <message>
        <source>Printer model</source>
        <translation>Модель принтера</translation>
    </message>
    <message>
        <source>Printer status</source>
        <translation>Состояние принтера</translation>
    </message>
    <message>
        <source>Ask the printer (DLE EOT)</source>
        <translation>Запрашивать у принтера (DLE EOT)</translation>
    </message>
    <message>
        <source>Printer cannot report</source>
        <translation>Принтер не сообщает состояние</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Денежный ящик</translation>
    </message>
    <message>
        <source>On the printer</source>
        <translation>Через принтер</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Drawer connector pin</source>
        <translation>Контакт разъёма ящика</translation>
    </message>
    <message>
        <source>Pin 2</source>
        <translation>Контакт 2</translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation>Контакт 5</translation>
    </message>
    <message>
        <source>Drawer pulse (ms)</source>
        <translation>Импульс ящика (мс)</translation>
    </message>
    <message>
        <source>Keyboard scanner: max. ms between keys</source>
        <translation>Сканер-клавиатура: макс. мс между клавишами</translation>
    </message>
    <message>
        <source>Keyboard scanner: min. code length</source>
        <translation>Сканер-клавиатура: мин. длина кода</translation>
    </message>
    <message>
        <source>Keyboard scanner: prefix</source>
        <translation>Сканер-клавиатура: префикс</translation>
    </message>
    <message>
        <source>Keyboard scanner: suffix</source>
        <translation>Сканер-клавиатура: суффикс</translation>
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation>Порт сканера (COM)</translation>
    </message>
    <message>
        <source>Serial scanner ends codes with</source>
        <translation>Сканер (COM) завершает код</translation>
    </message>
    <message>
        <source>a pause</source>
        <translation>паузой</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>Default camera</source>
        <translation>Камера по умолчанию</translation>
    </message>
    <message>
        <source>Camera scanner</source>
        <translation>Сканирование камерой</translation>
    </message>
    <message>
        <source>Scale port</source>
        <translation>Порт весов</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Дисплей покупателя</translation>
    </message>
    <message>
        <source>On a second screen, if there is one</source>
        <translation>На втором экране, если он есть</translation>
    </message>
    <message>
        <source>Always, as a window</source>
        <translation>Всегда, отдельным окном</translation>
    </message>
    <message>
        <source>Pole display port</source>
        <translation>Порт дисплея покупателя (VFD)</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Напечатать тестовую страницу</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Открыть ящик</translation>
    </message>
    <message>
        <source>Scan test: scan a code here</source>
        <translation>Проверка сканера: отсканируйте код сюда</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Test page sent to the printer queue.</source>
        <translation>Тестовая страница поставлена в очередь печати.</translation>
    </message>
    <message>
        <source>Drawer kick sent.</source>
        <translation>Команда открытия ящика отправлена.</translation>
    </message>
    <message>
        <source>The scanner types with a different keyboard layout than the till (Cyrillic letters arrived). Set the scanner to US English keyboard emulation, or switch the till&apos;s layout to English. Read as: %1</source>
        <translation>Сканер вводит в другой раскладке, чем касса (пришли кириллические буквы). Включите в сканере эмуляцию клавиатуры US English или переключите раскладку кассы на английскую. Прочитано как: %1</translation>
    </message>
    <message>
        <source>GTIN/code: %1</source>
        <translation>GTIN/код: %1</translation>
    </message>
    <message>
        <source>Batch (AI 10): %1</source>
        <translation>Партия (AI 10): %1</translation>
    </message>
    <message>
        <source>Expiry (AI 17): %1</source>
        <translation>Годен до (AI 17): %1</translation>
    </message>
    <message>
        <source>Serial (AI 21): %1</source>
        <translation>Серийный номер (AI 21): %1</translation>
    </message>
    <message>
        <source>Weight: %1 g</source>
        <translation>Вес: %1 г</translation>
    </message>
    <message>
        <source>Price on label: %1</source>
        <translation>Цена на этикетке: %1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Товар: %1</translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation>Нет в каталоге</translation>
    </message>
    <message>
        <source>Received: %1 (length %2)</source>
        <translation>Получено: %1 (длина %2)</translation>
    </message>
    <message>
        <source>Keyboard scanner: pause that ends a code (ms)</source>
        <translation>Сканер-клавиатура: пауза, завершающая код (мс)</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::ExpiryTab</name>
    <message>
        <source>expired</source>
        <translation>просрочено</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>No batch expires within these days.</source>
        <translation>Ни одна партия не истекает в эти дни.</translation>
    </message>
    <message>
        <source>Mark down</source>
        <translation>Уценить</translation>
    </message>
    <message>
        <source>Percent off batch %1 of %2:</source>
        <translation>Скидка в процентах на партию %1 товара %2:</translation>
    </message>
    <message>
        <source>Batch %1 now sells at %2.</source>
        <translation>Партия %1 теперь продаётся по %2.</translation>
    </message>
    <message>
        <source>%1 of batch %2 written off.</source>
        <translation>Списано %1 из партии %2.</translation>
    </message>
    <message>
        <source>Expiring within (&amp;days):</source>
        <translation>Истекает в течение (&amp;дней):</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Дней вперёд</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Срок годности</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Marked down to</source>
        <translation>Уценено до</translation>
    </message>
    <message>
        <source>Batches expiring soon</source>
        <translation>Партии с истекающим сроком</translation>
    </message>
    <message>
        <source>&amp;Mark down batch...</source>
        <translation>&amp;Уценить партию...</translation>
    </message>
    <message>
        <source>&amp;Write off expired batch</source>
        <translation>Спис&amp;ать просроченную партию</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::KioskCartPanel</name>
    <message>
        <source>One less %1</source>
        <translation>На один меньше: %1</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Количество: %1</translation>
    </message>
    <message>
        <source>One more %1</source>
        <translation>Ещё один: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove %1 from the order</source>
        <translation>Убрать %1 из заказа</translation>
    </message>
    <message>
        <source>%1 (%2): −%3</source>
        <translation>%1 (%2): −%3</translation>
    </message>
    <message>
        <source>Offers applied:</source>
        <translation>Применённые акции:</translation>
    </message>
    <message>
        <source>You save %1
Total %2</source>
        <translation>Ваша экономия %1
Итого %2</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Итого %1</translation>
    </message>
    <message>
        <source>Add %1, %2</source>
        <translation>Добавить %1, %2</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>Для вас</translation>
    </message>
    <message>
        <source>Often bought together</source>
        <translation>Часто покупают вместе</translation>
    </message>
    <message>
        <source>Your order is empty</source>
        <translation>Ваш заказ пуст</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>Ваш заказ</translation>
    </message>
    <message>
        <source>You might also like</source>
        <translation>Вам может понравиться</translation>
    </message>
    <message>
        <source>Finish and pay</source>
        <translation>Завершить и оплатить</translation>
    </message>
    <message>
        <source>Choose to pay here by card or at the counter</source>
        <translation>Оплата здесь картой или на кассе</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::KioskCheckoutPage</name>
    <message>
        <source>To pay: %1</source>
        <translation>К оплате: %1</translation>
    </message>
    <message>
        <source>Pay here by card</source>
        <translation>Оплатить здесь картой</translation>
    </message>
    <message>
        <source>Pay with a card or phone at the card terminal beside the screen</source>
        <translation>Оплата картой или телефоном на терминале рядом с экраном</translation>
    </message>
    <message>
        <source>Card payment is not available right now. Please pay at the counter.</source>
        <translation>Оплата картой сейчас недоступна. Оплатите, пожалуйста, на кассе.</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translation>Оплатить на кассе</translation>
    </message>
    <message>
        <source>You get an order number and a code to show at the counter</source>
        <translation>Вы получите номер заказа и код, который нужно показать на кассе</translation>
    </message>
    <message>
        <source>Back to my order</source>
        <translation>Назад к заказу</translation>
    </message>
    <message>
        <source>Please follow the instructions on the card terminal.
Amount: %1</source>
        <translation>Следуйте указаниям на платёжном терминале.
Сумма: %1</translation>
    </message>
    <message>
        <source>Thank you! Your order %1 is paid.
Please take your receipt (%2).</source>
        <translation>Спасибо! Заказ %1 оплачен.
Возьмите, пожалуйста, чек (%2).</translation>
    </message>
    <message>
        <source>Not paid: %1</source>
        <translation>Не оплачено: %1</translation>
    </message>
    <message>
        <source>Try the card again</source>
        <translation>Попробовать карту ещё раз</translation>
    </message>
    <message>
        <source>Pay at the counter instead</source>
        <translation>Оплатить на кассе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Your order number</source>
        <translation>Номер вашего заказа</translation>
    </message>
    <message>
        <source>Order number %1</source>
        <translation>Номер заказа %1</translation>
    </message>
    <message>
        <source>Code of order %1 for the cashier to scan</source>
        <translation>Код заказа %1 для кассира</translation>
    </message>
    <message>
        <source>Take your ticket and pay %1 at the counter. The cashier scans the code and your order is ready.</source>
        <translation>Возьмите талон и оплатите %1 на кассе. Кассир отсканирует код — и заказ готов.</translation>
    </message>
    <message>
        <source>Cancel card payment</source>
        <translation>Отменить оплату картой</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::KioskPinOverlay</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN сотрудника</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::KioskShopPage</name>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1: %2 {1,?}</translation>
    </message>
    <message>
        <source>Shows the details. Needs an age check.</source>
        <translation>Показывает подробности. Нужна проверка возраста.</translation>
    </message>
    <message>
        <source>Shows the details</source>
        <translation>Показывает подробности</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;</source>
        <translation>По запросу «%1» ничего не найдено</translation>
    </message>
    <message>
        <source>Picture of %1</source>
        <translation>Изображение: %1</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Цена: %1</translation>
    </message>
    <message>
        <source>Offer: %1 — %2</source>
        <translation>Акция: %1 — %2</translation>
    </message>
    <message>
        <source>Age check: a member of staff confirms your age before you pay.</source>
        <translation>Проверка возраста: перед оплатой сотрудник подтвердит ваш возраст.</translation>
    </message>
    <message>
        <source>What would you like?</source>
        <translation>Что вы хотите?</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Find a product by name with the on-screen keyboard</source>
        <translation>Найти товар по названию с помощью экранной клавиатуры</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Type a product name</source>
        <translation>Введите название товара</translation>
    </message>
    <message>
        <source>Product search</source>
        <translation>Поиск товара</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation>Количество: %1</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>На один меньше</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Ещё один</translation>
    </message>
    <message>
        <source>Add %1 to my order</source>
        <translation>Добавить %1 в заказ</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::KioskStaffMenu</name>
    <message>
        <source>Staff menu — %1</source>
        <translation>Меню сотрудника — %1</translation>
    </message>
    <message>
        <source>Back to customers</source>
        <translation>Вернуть покупателям</translation>
    </message>
    <message>
        <source>Switch to ordering (self-checkout is on)</source>
        <translation>Переключить на заказ (сейчас самообслуживание)</translation>
    </message>
    <message>
        <source>Switch to self-checkout (ordering is on)</source>
        <translation>Переключить на самообслуживание (сейчас заказ)</translation>
    </message>
    <message numerus="yes">
        <source>Settle card payments (%n open)</source>
        <translation>
            <numerusform>Урегулировать оплаты картой (%n открыта)</numerusform>
            <numerusform>Урегулировать оплаты картой (%n открыты)</numerusform>
            <numerusform>Урегулировать оплаты картой (%n открыто)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Напечатать тестовую страницу</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Закрыть киоск</translation>
    </message>
    <message>
        <source>Close the kiosk (supervisor or manager only)</source>
        <translation>Закрыть киоск (только старший кассир или менеджер)</translation>
    </message>
    <message>
        <source>Close the day (Z report)</source>
        <translation>Закрыть день (Z-отчёт)</translation>
    </message>
    <message>
        <source>Close the day (supervisor or manager only)</source>
        <translation>Закрыть день (только старший кассир или менеджер)</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::KioskWindow</name>
    <message>
        <source>Test page sent to the printer.</source>
        <translation>Тестовая страница отправлена на принтер.</translation>
    </message>
    <message>
        <source>Syncing with the hub.</source>
        <translation>Синхронизация с хабом.</translation>
    </message>
    <message>
        <source>This kiosk is not connected to a hub.</source>
        <translation>Этот киоск не подключён к хабу.</translation>
    </message>
    <message>
        <source>Welcome, %1! Your member prices and offers are on.</source>
        <translation>Добро пожаловать, %1! Цены и акции для участников включены.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Только для сотрудников</translation>
    </message>
    <message>
        <source>Enter your staff PIN to open the staff menu.</source>
        <translation>Введите PIN сотрудника, чтобы открыть меню сотрудника.</translation>
    </message>
    <message>
        <source>Age check</source>
        <translation>Проверка возраста</translation>
    </message>
    <message>
        <source>Your order has an item with an age limit. A member of staff is on the way to check your ID.</source>
        <translation>В заказе есть товар с возрастным ограничением. Сотрудник сейчас подойдёт проверить документ.</translation>
    </message>
    <message>
        <source>Staff approval</source>
        <translation>Подтверждение сотрудника</translation>
    </message>
    <message>
        <source>A member of staff must approve taking items off a self-checkout order.</source>
        <translation>Убрать товар из заказа на кассе самообслуживания можно только с подтверждением сотрудника.</translation>
    </message>
    <message>
        <source>Age confirmed by %1.</source>
        <translation>Возраст подтвердил(а) %1.</translation>
    </message>
    <message>
        <source>Card terminal: ready.</source>
        <translation>Платёжный терминал: готов.</translation>
    </message>
    <message>
        <source>Card terminal: not available.</source>
        <translation>Платёжный терминал: недоступен.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) settled.</source>
        <translation>
            <numerusform>Урегулирована %n оплата.</numerusform>
            <numerusform>Урегулировано %n оплаты.</numerusform>
            <numerusform>Урегулировано %n оплат.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open (the terminal cannot tell yet).</source>
        <translation>
            <numerusform>%n ещё открыта (терминал пока не может сказать).</numerusform>
            <numerusform>%n ещё открыты (терминал пока не может сказать).</numerusform>
            <numerusform>%n ещё открыто (терминал пока не может сказать).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorry: %1</source>
        <translation>Извините: %1</translation>
    </message>
    <message>
        <source>OmniTill kiosk</source>
        <translation>Киоск OmniTill</translation>
    </message>
    <message>
        <source>Current language</source>
        <translation>Текущий язык</translation>
    </message>
    <message>
        <source>Show the kiosk in this language</source>
        <translation>Показать киоск на этом языке</translation>
    </message>
    <message>
        <source>Aa Standard view</source>
        <translation>Aa Обычный вид</translation>
    </message>
    <message>
        <source>Accessibility mode is on: switch to the standard view</source>
        <translation>Режим доступности включён: перейти к обычному виду</translation>
    </message>
    <message>
        <source>Switch on larger text and high contrast</source>
        <translation>Включить крупный текст и высокий контраст</translation>
    </message>
    <message numerus="yes">
        <source>Member: %1 — %Ln points</source>
        <translation>
            <numerusform>Участник: %1 — %Ln балл</numerusform>
            <numerusform>Участник: %1 — %Ln балла</numerusform>
            <numerusform>Участник: %1 — %Ln баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>Members: show your app&apos;s QR code to the scanner</source>
        <translation>Участники программы: покажите QR-код из приложения сканеру</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Empties the order and returns to the welcome screen</source>
        <translation>Очищает заказ и возвращает на экран приветствия</translation>
    </message>
    <message>
        <source>Scan your first item to start</source>
        <translation>Отсканируйте первый товар, чтобы начать</translation>
    </message>
    <message>
        <source>Welcome! Order here</source>
        <translation>Добро пожаловать! Заказывайте здесь</translation>
    </message>
    <message>
        <source>Touch the screen to start. Choose your language at the top.</source>
        <translation>Коснитесь экрана, чтобы начать. Язык можно выбрать вверху.</translation>
    </message>
    <message>
        <source>Today&apos;s offers:</source>
        <translation>Акции сегодня:</translation>
    </message>
    <message>
        <source>Touch here to start scanning</source>
        <translation>Коснитесь, чтобы начать сканирование</translation>
    </message>
    <message>
        <source>Touch here to start your order</source>
        <translation>Коснитесь, чтобы начать заказ</translation>
    </message>
    <message>
        <source>Opens the catalogue</source>
        <translation>Открывает каталог</translation>
    </message>
    <message>
        <source>Self-checkout: scan each item&apos;s barcode. Items without a barcode: search or browse.</source>
        <translation>Самообслуживание: сканируйте штрихкод каждого товара. Товары без штрихкода — через поиск или каталог.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Staff menu (staff PIN needed)</source>
        <translation>Меню сотрудника (нужен PIN)</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there?
Your order will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Вы ещё здесь?
Заказ будет очищен через %n секунду.</numerusform>
            <numerusform>Вы ещё здесь?
Заказ будет очищен через %n секунды.</numerusform>
            <numerusform>Вы ещё здесь?
Заказ будет очищен через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, I&apos;m still here</source>
        <translation>Да, я здесь</translation>
    </message>
    <message>
        <source>Aa+ Larger text</source>
        <translation>Aa+ Крупный текст</translation>
    </message>
    <message>
        <source>Welcome back! Your member prices and offers are on.</source>
        <translation>С возвращением! Цены и акции для участников включены.</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>вход выполнен</translation>
    </message>
    <message numerus="yes">
        <source>Day closed (Z report of shift %1): %n sale(s), %2.</source>
        <translation>
            <numerusform>День закрыт (Z-отчёт смены %1): %n продажа, %2.</numerusform>
            <numerusform>День закрыт (Z-отчёт смены %1): %n продажи, %2.</numerusform>
            <numerusform>День закрыт (Z-отчёт смены %1): %n продаж, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>omnitill::ui::LoginPage</name>
    <message>
        <source>Enter your PIN</source>
        <translation>Введите PIN-код</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::MainWindow</name>
    <message>
        <source>X report</source>
        <translation>X-отчёт</translation>
    </message>
    <message>
        <source>Cash in...</source>
        <translation>Внесение...</translation>
    </message>
    <message>
        <source>Cash out...</source>
        <translation>Изъятие...</translation>
    </message>
    <message>
        <source>Open drawer (no sale)</source>
        <translation>Открыть ящик (без продажи)</translation>
    </message>
    <message>
        <source>Close shift (Z)...</source>
        <translation>Закрыть смену (Z)...</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Режим обучения</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Невозможно</translation>
    </message>
    <message>
        <source>Finish, park or void the current sale before logging out.</source>
        <translation>Перед выходом завершите, отложите или аннулируйте текущую продажу.</translation>
    </message>
    <message>
        <source>Finish, park or void the current sale first.</source>
        <translation>Сначала завершите, отложите или аннулируйте текущую продажу.</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z-отчёт</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Finish the current sale first.</source>
        <translation>Сначала завершите текущую продажу.</translation>
    </message>
    <message>
        <source>Store %1, till %2</source>
        <translation>Магазин %1, касса %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Shift %1 open</source>
        <translation>Смена %1 открыта</translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation>Смена не открыта</translation>
    </message>
    <message>
        <source>TRAINING MODE</source>
        <translation>РЕЖИМ ОБУЧЕНИЯ</translation>
    </message>
    <message>
        <source>OmniTill - %1</source>
        <translation>OmniTill — %1</translation>
    </message>
    <message>
        <source>&amp;Till</source>
        <translation>&amp;Касса</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Finish, park or void the current sale before closing OmniTill.</source>
        <translation>Перед закрытием OmniTill завершите, отложите или аннулируйте текущую продажу.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Not connected to a hub; waiting: %1</source>
        <translation>Нет связи с центром; ждут отправки: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>ждут отправки: %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>последняя синхронизация %1</translation>
    </message>
    <message>
        <source>retry in %1 s: %2</source>
        <translation>повтор через %1 с: %2</translation>
    </message>
    <message>
        <source>Sync console...</source>
        <translation>Консоль синхронизации...</translation>
    </message>
    <message>
        <source>Catalog: %1 of about %2</source>
        <translation>Каталог: %1 из примерно %2</translation>
    </message>
    <message>
        <source>Devices...</source>
        <translation>Устройства...</translation>
    </message>
    <message>
        <source>Pickup desk</source>
        <translation>Выдача заказов</translation>
    </message>
    <message>
        <source>Manager&apos;s console...</source>
        <translation>Консоль управляющего...</translation>
    </message>
    <message>
        <source>The manager&apos;s console needs a manager&apos;s PIN.</source>
        <translation>Для консоли управляющего нужен PIN управляющего.</translation>
    </message>
    <message>
        <source>%1 is not a manager.</source>
        <translation>%1 — не управляющий.</translation>
    </message>
    <message>
        <source>Enter: add the scanned or typed code, or pay when the field is empty
F2: quantity   F3: line discount   Shift+F3: sale discount
F4 or Delete: void line   F5: subtotal   F6: park sale   F7: resume sale
F8: price override   F9: void sale   F10: last receipt   F12: pay   Ctrl+M: member
Ctrl+E: return (or scan the receipt&apos;s QR)   Ctrl+G: gift card   Ctrl+P: redeem points   Ctrl+K: pickup desk
Ctrl+Shift+A: order the selected item from another store   Ctrl+Shift+M: manager&apos;s console
Up/Down: select a line   F11: X report   Ctrl+I/Ctrl+O: cash in/out   Ctrl+R: sync now
Ctrl+Shift+R: sync console (manager)   Ctrl+Shift+D: devices (manager)
Ctrl+D: open drawer   Ctrl+T: training mode   Ctrl+Shift+Z: close shift   Ctrl+L: log out
In payment: F1 cash, F2 exact cash, F3 card, F4 QR, Esc back</source>
        <translation>Enter: добавить отсканированный или введённый код, либо оплата, если поле пустое
F2: количество   F3: скидка на позицию   Shift+F3: скидка на чек
F4 или Delete: сторно позиции   F5: промежуточный итог   F6: отложить   F7: вернуть продажу
F8: изменить цену   F9: аннулировать продажу   F10: последний чек   F12: оплата   Ctrl+M: покупатель-участник
Ctrl+E: возврат (или отсканируйте QR-код чека)   Ctrl+G: подарочная карта   Ctrl+P: списать баллы   Ctrl+K: выдача заказов
Ctrl+Shift+A: заказать выбранный товар в другом магазине   Ctrl+Shift+M: консоль управляющего
Вверх/вниз: выбор позиции   F11: X-отчёт   Ctrl+I/Ctrl+O: внесение/изъятие   Ctrl+R: синхронизировать
Ctrl+Shift+R: консоль синхронизации (управляющий)   Ctrl+Shift+D: устройства (управляющий)
Ctrl+D: открыть ящик   Ctrl+T: режим обучения   Ctrl+Shift+Z: закрыть смену   Ctrl+L: выйти
При оплате: F1 наличные, F2 без сдачи, F3 карта, F4 QR, Esc назад</translation>
    </message>
    <message>
        <source>A barcode was scanned into an amount field and ignored: type the amount.</source>
        <translation>В поле суммы отсканирован штрихкод, он проигнорирован: введите сумму вручную.</translation>
    </message>
    <message>
        <source>Is %1 right?</source>
        <translation>Сумма %1 верна?</translation>
    </message>
    <message>
        <source>Store database damaged</source>
        <translation>База данных магазина повреждена</translation>
    </message>
    <message>
        <source>Settle card payments</source>
        <translation>Урегулировать платежи картой</translation>
    </message>
    <message>
        <source>No card terminal is set up at this till.</source>
        <translation>На этой кассе не настроен платёжный терминал.</translation>
    </message>
    <message>
        <source>Card payments</source>
        <translation>Платежи картой</translation>
    </message>
    <message numerus="yes">
        <source>%n card payment(s) settled.</source>
        <translation>
            <numerusform>Урегулирован %n платёж картой.</numerusform>
            <numerusform>Урегулировано %n платежа картой.</numerusform>
            <numerusform>Урегулировано %n платежей картой.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still open: the terminal cannot tell yet.</source>
        <translation>
            <numerusform>%n остаётся открытым: терминал пока не может ответить.</numerusform>
            <numerusform>%n остаются открытыми: терминал пока не может ответить.</numerusform>
            <numerusform>%n остаются открытыми: терминал пока не может ответить.</numerusform>
        </translation>
    </message>
    <message>
        <source>None is open.</source>
        <translation>Открытых нет.</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::ManagerPage</name>
    <message>
        <source>Manager&apos;s console — %1</source>
        <translation>Консоль управляющего — %1</translation>
    </message>
    <message>
        <source>&amp;Back to the till</source>
        <translation>&amp;Назад к кассе</translation>
    </message>
    <message>
        <source>Stoc&amp;k</source>
        <translation>&amp;Остатки</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>&amp;Инвентаризация</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Заявки</translation>
    </message>
    <message>
        <source>Manager&apos;s console</source>
        <translation>Консоль управляющего</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>С&amp;роки</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>О&amp;тчёты</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::NumericKeypad</name>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Стереть последнюю цифру</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::OnScreenKeyboard</name>
    <message>
        <source>Change keyboard: Latin, Cyrillic or digits</source>
        <translation>Сменить клавиатуру: латиница, кириллица или цифры</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Стереть последнюю букву</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::PageWidgets</name>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 кг</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Amount (empty = what is left to pay)</source>
        <translation>Сумма (пусто — остаток к оплате)</translation>
    </message>
    <message>
        <source>Cash (F1)</source>
        <translation>Наличные (F1)</translation>
    </message>
    <message>
        <source>Exact cash (F2)</source>
        <translation>Без сдачи (F2)</translation>
    </message>
    <message>
        <source>Card terminal</source>
        <translation>Платёжный терминал</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другая</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Платёжная система</translation>
    </message>
    <message>
        <source>Approval code</source>
        <translation>Код авторизации</translation>
    </message>
    <message>
        <source>Last 4 digits</source>
        <translation>Последние 4 цифры</translation>
    </message>
    <message>
        <source>Card paid (F3)</source>
        <translation>Оплачено картой (F3)</translation>
    </message>
    <message>
        <source>Show payment QR (F4)</source>
        <translation>Показать QR для оплаты (F4)</translation>
    </message>
    <message>
        <source>QR payment received</source>
        <translation>Оплата по QR получена</translation>
    </message>
    <message>
        <source>Remove last payment</source>
        <translation>Убрать последний платёж</translation>
    </message>
    <message>
        <source>Back to sale (Esc)</source>
        <translation>Назад к продаже (Esc)</translation>
    </message>
    <message>
        <source>A QR payment cannot exceed the amount due</source>
        <translation>Оплата по QR не может превышать сумму к оплате</translation>
    </message>
    <message>
        <source>Ask the customer to scan the code and pay %1</source>
        <translation>Попросите покупателя отсканировать код и оплатить %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Итого %1</translation>
    </message>
    <message>
        <source>To pay %1</source>
        <translation>К оплате %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Сдача %1</translation>
    </message>
    <message>
        <source>Gift card or store credit number</source>
        <translation>Номер подарочной карты или кредита магазина</translation>
    </message>
    <message>
        <source>Gift card (F6)</source>
        <translation>Подарочная карта (F6)</translation>
    </message>
    <message>
        <source>Gift cards are not accepted here</source>
        <translation>Подарочные карты здесь не принимаются</translation>
    </message>
    <message>
        <source>Cancel on the terminal</source>
        <translation>Отменить на терминале</translation>
    </message>
    <message>
        <source>Card on the terminal (F3)</source>
        <translation>Карта на терминале (F3)</translation>
    </message>
    <message>
        <source>Terminal ready</source>
        <translation>Терминал готов</translation>
    </message>
    <message>
        <source>A card payment cannot exceed the amount due</source>
        <translation>Оплата картой не может превышать сумму к оплате</translation>
    </message>
    <message>
        <source>Amount %1 sent to the card terminal</source>
        <translation>Сумма %1 отправлена на платёжный терминал</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Не оплачено</translation>
    </message>
    <message>
        <source>Reversing the card payment on the terminal…</source>
        <translation>Отмена платежа картой на терминале…</translation>
    </message>
    <message>
        <source>Not reversed</source>
        <translation>Не отменено</translation>
    </message>
    <message>
        <source>The card terminal could not reverse the card payment. Try again, or finish the sale with it.</source>
        <translation>Платёжный терминал не смог отменить платёж картой. Повторите попытку или завершите продажу с ним.</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>The card terminal did not confirm the payment. Check its last receipt before taking the card again; settle card payments from the Till menu once it answers.</source>
        <translation>Платёжный терминал не подтвердил платёж. Проверьте его последний чек, прежде чем принимать карту снова; когда терминал ответит, урегулируйте платежи картой в меню «Касса».</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::PickupPage</name>
    <message>
        <source>Paid online</source>
        <translation>Оплачен онлайн</translation>
    </message>
    <message>
        <source>Pay at pickup</source>
        <translation>Оплата при получении</translation>
    </message>
    <message>
        <source>Choose an order, or scan the customer&apos;s pickup code</source>
        <translation>Выберите заказ или отсканируйте код выдачи покупателя</translation>
    </message>
    <message>
        <source>Order %1 - %2 - %3</source>
        <translation>Заказ %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Paid online: %1</source>
        <translation>Оплачен онлайн: %1</translation>
    </message>
    <message>
        <source>Pay at pickup: %1</source>
        <translation>Оплата при получении: %1</translation>
    </message>
    <message>
        <source>Substitute: %1 x %2 (%3)</source>
        <translation>Замена: %1 × %2 (%3)</translation>
    </message>
    <message>
        <source>Short, agreed: %1</source>
        <translation>Недовложение, согласовано: %1</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Собрано</translation>
    </message>
    <message>
        <source>Refused at hand-over</source>
        <translation>Отказ при выдаче</translation>
    </message>
    <message>
        <source>Pickup code of order %1 checked</source>
        <translation>Код выдачи заказа %1 проверен</translation>
    </message>
    <message>
        <source>Choose the order to pick first</source>
        <translation>Сначала выберите заказ для сборки</translation>
    </message>
    <message>
        <source>%1: %2 of %3 picked</source>
        <translation>%1: собрано %2 из %3</translation>
    </message>
    <message>
        <source>Choose the line first</source>
        <translation>Сначала выберите строку</translation>
    </message>
    <message>
        <source>Short pick</source>
        <translation>Недовложение</translation>
    </message>
    <message>
        <source>How did the customer agree to receive less?</source>
        <translation>Как покупатель согласился получить меньше?</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <source>Short pick recorded</source>
        <translation>Недовложение записано</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>Замена</translation>
    </message>
    <message>
        <source>Scan or type the substitute&apos;s barcode</source>
        <translation>Отсканируйте или введите штрихкод замены</translation>
    </message>
    <message>
        <source>How many?</source>
        <translation>Сколько?</translation>
    </message>
    <message>
        <source>How did the customer agree to the substitute?</source>
        <translation>Как покупатель согласился на замену?</translation>
    </message>
    <message>
        <source>Substitute recorded</source>
        <translation>Замена записана</translation>
    </message>
    <message>
        <source>Line put back: pick it again</source>
        <translation>Строка возвращена: соберите её заново</translation>
    </message>
    <message>
        <source>Ready: the shop will tell the customer</source>
        <translation>Готов: интернет-магазин сообщит покупателю</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s pickup code, or type the last four digits of their phone number</source>
        <translation>Отсканируйте код выдачи покупателя или введите последние четыре цифры его телефона</translation>
    </message>
    <message>
        <source>The digits do not match order %1</source>
        <translation>Цифры не совпадают с заказом %1</translation>
    </message>
    <message>
        <source>Hand over order %1</source>
        <translation>Выдача заказа %1</translation>
    </message>
    <message>
        <source>Untick what the customer does not take:</source>
        <translation>Снимите отметку с того, что покупатель не берёт:</translation>
    </message>
    <message>
        <source>I checked the customer&apos;s proof of age</source>
        <translation>Я проверил(а) документ о возрасте покупателя</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Принять оплату</translation>
    </message>
    <message>
        <source>Order %1 handed over</source>
        <translation>Заказ %1 выдан</translation>
    </message>
    <message>
        <source>- receipt %1, change %2</source>
        <translation>— чек %1, сдача %2</translation>
    </message>
    <message>
        <source>- the shop refunds %1 to the customer</source>
        <translation>— интернет-магазин вернёт покупателю %1</translation>
    </message>
    <message>
        <source>Back to stock: put the goods back on the shelves</source>
        <translation>Возврат на полки: верните товары на место</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Order number, customer name or phone</source>
        <translation>Номер заказа, имя покупателя или телефон</translation>
    </message>
    <message>
        <source>Find an order</source>
        <translation>Найти заказ</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Открытые заказы</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Все заказы</translation>
    </message>
    <message>
        <source>Show orders</source>
        <translation>Показать заказы</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Online orders</source>
        <translation>Онлайн-заказы</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Строки заказа</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>Ск&amp;ан:</translation>
    </message>
    <message>
        <source>Scan an item to pick it, or the customer&apos;s pickup code</source>
        <translation>Отсканируйте товар для сборки или код выдачи покупателя</translation>
    </message>
    <message>
        <source>Scan items or pickup code</source>
        <translation>Сканирование товаров или кода выдачи</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>How many grams?</source>
        <translation>Сколько граммов?</translation>
    </message>
    <message>
        <source>Pick every line first, or record the customer&apos;s consent to a short pick</source>
        <translation>Сначала соберите все позиции или запишите согласие покупателя на неполную сборку</translation>
    </message>
    <message>
        <source>Order %1 is paid here: open the till&apos;s shift first (count the float).</source>
        <translation>Заказ %1 оплачивается здесь: сначала откройте смену кассы (пересчитайте размен).</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 кг</translation>
    </message>
    <message>
        <source>%1 × %2 - %3</source>
        <translation>%1 × %2 — %3</translation>
    </message>
    <message>
        <source>Short &amp;pick...</source>
        <translation>Недовло&amp;жение...</translation>
    </message>
    <message>
        <source>Subst&amp;itute...</source>
        <translation>&amp;Замена...</translation>
    </message>
    <message>
        <source>Put line bac&amp;k</source>
        <translation>Вернуть с&amp;троку</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>&amp;Готов</translation>
    </message>
    <message>
        <source>Hand &amp;over...</source>
        <translation>&amp;Выдать...</translation>
    </message>
    <message>
        <source>Ret&amp;urn to stock...</source>
        <translation>Вернуть на &amp;полки...</translation>
    </message>
    <message>
        <source>&amp;Back to the till</source>
        <translation>Наза&amp;д к кассе</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::ReportsTab</name>
    <message>
        <source>Till</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Киоск</translation>
    </message>
    <message>
        <source>Pickup desk</source>
        <translation>Выдача заказов</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Чеки</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>Стоимость по себестоимости</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Без налога</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Себестоимость</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <source>Nothing sold in this period.</source>
        <translation>За этот период продаж нет.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Sales by hour</source>
        <translation>Продажи по часам</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Продажи по категориям</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Продажи по каналам</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>Продажи по кассирам</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Лучшие товары</translation>
    </message>
    <message>
        <source>Stock value by category</source>
        <translation>Стоимость остатков по категориям</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 28 days</source>
        <translation>Последние 28 дней</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Экспорт CSV...</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Таблица отчёта</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Sales less returns</source>
        <translation>Продажи за вычетом возвратов</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::ReturnDialog</name>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s QR code, or type the receipt id or number</source>
        <translation>Отсканируйте QR-код чека или введите номер чека</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Возвращено ранее</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>The way it was paid</source>
        <translation>Тем же способом, что и оплата</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Кредит магазина</translation>
    </message>
    <message>
        <source>Cash (a supervisor approves)</source>
        <translation>Наличными (с подтверждением старшего)</translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Card presented, last 4 digits</source>
        <translation>Предъявленная карта, последние 4 цифры</translation>
    </message>
    <message>
        <source>Terminal refund approval code</source>
        <translation>Код подтверждения возврата с терминала</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>No sale of this till has that receipt number; scan the receipt&apos;s QR code or type its full id</source>
        <translation>На этой кассе нет продажи с таким номером; отсканируйте QR-код чека или введите полный номер</translation>
    </message>
    <message>
        <source>Receipt %1 is not from this till, and the till is not connected to a hub</source>
        <translation>Чек %1 не с этой кассы, а касса не подключена к хабу</translation>
    </message>
    <message>
        <source>Asking the hub for receipt %1...</source>
        <translation>Запрашиваем у хаба чек %1...</translation>
    </message>
    <message>
        <source>Receipt %1 of %2, store %3, till %4: %5%6</source>
        <translation>Чек %1 от %2, магазин %3, касса %4: %5%6</translation>
    </message>
    <message>
        <source>, member %1</source>
        <translation>, участник %1</translation>
    </message>
    <message>
        <source>How many of %1 come back</source>
        <translation>Сколько единиц «%1» возвращается</translation>
    </message>
    <message>
        <source>Where %1 goes</source>
        <translation>Куда идёт «%1»</translation>
    </message>
    <message>
        <source>Back to stock</source>
        <translation>Обратно на склад</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Брак</translation>
    </message>
    <message>
        <source>Return to vendor</source>
        <translation>Возврат поставщику</translation>
    </message>
    <message>
        <source>Choose what comes back</source>
        <translation>Выберите, что возвращается</translation>
    </message>
    <message>
        <source>The returned goods carried %1.</source>
        <translation>На возвращаемые товары приходится %1.</translation>
    </message>
    <message>
        <source>%1: %2 less, as the goods kept no longer get it in full</source>
        <translation>%1: на %2 меньше — оставшиеся товары больше не получают эту акцию полностью</translation>
    </message>
    <message>
        <source>Other adjustments</source>
        <translation>Прочие корректировки</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>К возврату: %1</translation>
    </message>
    <message>
        <source>%1 points earned on them are taken back.</source>
        <translation>Начисленные за них баллы (%1) списываются.</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Без чека</translation>
    </message>
    <message>
        <source>Return against it offline</source>
        <translation>Вернуть по нему без связи</translation>
    </message>
    <message>
        <source>Scan the items that come back</source>
        <translation>Отсканируйте возвращаемые товары</translation>
    </message>
    <message>
        <source>Without a receipt: today&apos;s prices, a manager approves, a reason is needed, refunded as store credit</source>
        <translation>Без чека: по сегодняшним ценам, с подтверждением управляющего и указанием причины, возврат на кредит магазина</translation>
    </message>
    <message>
        <source>Receipt %1 of another till, without the hub: scan the goods; a supervisor approves and the hub checks it later</source>
        <translation>Чек %1 с другой кассы, без связи с хабом: отсканируйте товары; подтверждает старший, хаб проверит позже</translation>
    </message>
    <message>
        <source>Refund at today&apos;s prices: %1</source>
        <translation>Возврат по сегодняшним ценам: %1</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Exchange for the sale in progress (%1)</source>
        <translation>Обменять на текущую покупку (%1)</translation>
    </message>
    <message>
        <source>Refund (F12)</source>
        <translation>Возврат (F12)</translation>
    </message>
    <message>
        <source>Refund of %1 on the card terminal: the customer presents the card that paid</source>
        <translation>Возврат %1 на платёжном терминале: покупатель прикладывает карту, которой платил</translation>
    </message>
    <message>
        <source>The refund was reversed on the card terminal.</source>
        <translation>Возврат отменён на платёжном терминале.</translation>
    </message>
    <message>
        <source>The card terminal did not confirm the refund; settle card payments from the Till menu once it answers (the till also does when it restarts).</source>
        <translation>Платёжный терминал не подтвердил возврат; когда терминал ответит, урегулируйте платежи картой в меню «Касса» (касса также делает это при перезапуске).</translation>
    </message>
    <message>
        <source>The refund could not be reversed on the card terminal; settle card payments from the Till menu once it answers.</source>
        <translation>Не удалось отменить возврат на платёжном терминале; когда терминал ответит, урегулируйте платежи картой в меню «Касса».</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::ShiftCloseDialog</name>
    <message>
        <source>Close shift: count the drawer</source>
        <translation>Закрытие смены: пересчитайте ящик</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Пересчитано: %1</translation>
    </message>
    <message>
        <source>Card terminal</source>
        <translation>Платёжный терминал</translation>
    </message>
    <message>
        <source>Run the card terminal&apos;s end of day</source>
        <translation>Выполнить закрытие дня на платёжном терминале</translation>
    </message>
    <message>
        <source>The card terminal is closing its day…</source>
        <translation>Платёжный терминал закрывает день…</translation>
    </message>
    <message>
        <source>The card terminal&apos;s end of day failed: %1</source>
        <translation>Закрытие дня на платёжном терминале не удалось: %1</translation>
    </message>
    <message numerus="yes">
        <source>Terminal: %1 in %n payment(s)</source>
        <translation>
            <numerusform>Терминал: %1, %n платёж</numerusform>
            <numerusform>Терминал: %1, %n платежа</numerusform>
            <numerusform>Терминал: %1, %n платежей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Till: %1 in %n card payment(s)</source>
        <translation>
            <numerusform>Касса: %1, %n платёж картой</numerusform>
            <numerusform>Касса: %1, %n платежа картой</numerusform>
            <numerusform>Касса: %1, %n платежей картой</numerusform>
        </translation>
    </message>
    <message>
        <source>Difference: %1 - check the terminal&apos;s slip against the till&apos;s card payments</source>
        <translation>Расхождение: %1 — сверьте чек терминала с платежами картой на кассе</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>Расхождений нет</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::ShiftOpenPage</name>
    <message>
        <source>%1, no shift is open. Count the cash in the drawer and enter the float (%2):</source>
        <translation>%1, смена не открыта. Пересчитайте наличные в ящике и введите размен (%2):</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Открыть смену</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Confirm the float</source>
        <translation>Подтвердите размен</translation>
    </message>
    <message>
        <source>Open the shift with a float of %1?</source>
        <translation>Открыть смену с разменом %1?</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::StockCountTab</name>
    <message>
        <source>Start a count before scanning.</source>
        <translation>Начните инвентаризацию, прежде чем сканировать.</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Пересчитано: %1</translation>
    </message>
    <message>
        <source>Count started: scan every item on the shelves.</source>
        <translation>Инвентаризация начата: отсканируйте каждый товар на полках.</translation>
    </message>
    <message>
        <source>Select a counted product first.</source>
        <translation>Сначала выберите посчитанный товар.</translation>
    </message>
    <message>
        <source>Counted quantity</source>
        <translation>Посчитанное количество</translation>
    </message>
    <message>
        <source>How many are on the shelf?</source>
        <translation>Сколько на полке?</translation>
    </message>
    <message>
        <source>Count closed: check the variances, then approve.</source>
        <translation>Инвентаризация закрыта: проверьте расхождения и утвердите.</translation>
    </message>
    <message numerus="yes">
        <source>Count approved: %n product(s) adjusted.</source>
        <translation>
            <numerusform>Инвентаризация утверждена: скорректирован %n товар.</numerusform>
            <numerusform>Инвентаризация утверждена: скорректировано %n товара.</numerusform>
            <numerusform>Инвентаризация утверждена: скорректировано %n товаров.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count cancelled; the stock is unchanged.</source>
        <translation>Инвентаризация отменена; остатки не изменились.</translation>
    </message>
    <message>
        <source>No count in progress.</source>
        <translation>Инвентаризация не идёт.</translation>
    </message>
    <message>
        <source>Blind count open since %1: expected quantities show once it is closed.</source>
        <translation>Слепая инвентаризация открыта с %1: учётные количества будут видны после закрытия.</translation>
    </message>
    <message>
        <source>Count open since %1.</source>
        <translation>Инвентаризация открыта с %1.</translation>
    </message>
    <message>
        <source>Count closed: waiting for a manager&apos;s approval.</source>
        <translation>Инвентаризация закрыта: ждёт утверждения управляющего.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыто</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) counted, %1 with a variance; net %2 at cost</source>
        <translation>
            <numerusform>Посчитан %n товар, с расхождением %1; итого %2 по себестоимости</numerusform>
            <numerusform>Посчитано %n товара, с расхождением %1; итого %2 по себестоимости</numerusform>
            <numerusform>Посчитано %n товаров, с расхождением %1; итого %2 по себестоимости</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) counted</source>
        <translation>
            <numerusform>Посчитан %n товар</numerusform>
            <numerusform>Посчитано %n товара</numerusform>
            <numerusform>Посчитано %n товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>Counters do not see the expected quantities until the count is closed</source>
        <translation>Считающие не видят учётных количеств до закрытия инвентаризации</translation>
    </message>
    <message>
        <source>&amp;Start count</source>
        <translation>На&amp;чать инвентаризацию</translation>
    </message>
    <message>
        <source>Sc&amp;an:</source>
        <translation>Ск&amp;ан:</translation>
    </message>
    <message>
        <source>Scan each item, or a case&apos;s GS1 label</source>
        <translation>Отсканируйте каждый товар или GS1-этикетку коробки</translation>
    </message>
    <message>
        <source>Scan an item to count it</source>
        <translation>Отсканируйте товар, чтобы посчитать его</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Посчитано</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>По учёту</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Counted products</source>
        <translation>Посчитанные товары</translation>
    </message>
    <message>
        <source>Ca&amp;ncel count</source>
        <translation>От&amp;менить инвентаризацию</translation>
    </message>
    <message>
        <source>Approve the count</source>
        <translation>Утвердить инвентаризацию</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) will be written down, a loss of %1 at cost. Approve?</source>
        <translation>
            <numerusform>%n товар будет списан, убыток %1 по себестоимости. Утвердить?</numerusform>
            <numerusform>%n товара будут списаны, убыток %1 по себестоимости. Утвердить?</numerusform>
            <numerusform>%n товаров будут списаны, убыток %1 по себестоимости. Утвердить?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) will be adjusted, net %1 at cost. Approve?</source>
        <translation>
            <numerusform>%n товар будет скорректирован, итого %1 по себестоимости. Утвердить?</numerusform>
            <numerusform>%n товара будут скорректированы, итого %1 по себестоимости. Утвердить?</numerusform>
            <numerusform>%n товаров будут скорректированы, итого %1 по себестоимости. Утвердить?</numerusform>
        </translation>
    </message>
    <message>
        <source>Bl&amp;ind count</source>
        <translation>Сл&amp;епая инвентаризация</translation>
    </message>
    <message>
        <source>Type q&amp;uantity...</source>
        <translation>&amp;Ввести количество...</translation>
    </message>
    <message>
        <source>Clos&amp;e count</source>
        <translation>Закр&amp;ыть инвентаризацию</translation>
    </message>
    <message>
        <source>Appro&amp;ve variances</source>
        <translation>&amp;Утвердить расхождения</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::StockRequestsTab</name>
    <message>
        <source>waiting to send</source>
        <translation>ждёт отправки</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>подана</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрена</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>отгружена</translation>
    </message>
    <message>
        <source>received</source>
        <translation>принята</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>Nothing to order: every product is above its restocking point.</source>
        <translation>Заказывать нечего: все товары выше точки пополнения.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) suggested; change the quantities as needed.</source>
        <translation>
            <numerusform>Предложен %n товар; при необходимости измените количества.</numerusform>
            <numerusform>Предложено %n товара; при необходимости измените количества.</numerusform>
            <numerusform>Предложено %n товаров; при необходимости измените количества.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Добавлено: %1</translation>
    </message>
    <message>
        <source>Type a whole quantity for %1</source>
        <translation>Введите целое количество для %1</translation>
    </message>
    <message>
        <source>Request %1 is on its way to the hub.</source>
        <translation>Заявка %1 отправляется в хаб.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Received into stock.</source>
        <translation>Принято на склад.</translation>
    </message>
    <message numerus="yes">
        <source>Received, with %n difference(s) from the shipment recorded for the hub.</source>
        <translation>
            <numerusform>Принято; %n расхождение с отгрузкой записано для хаба.</numerusform>
            <numerusform>Принято; %n расхождения с отгрузкой записаны для хаба.</numerusform>
            <numerusform>Принято; %n расхождений с отгрузкой записаны для хаба.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipped: the goods have left this store&apos;s stock.</source>
        <translation>Отгружено: товар списан с остатков этого магазина.</translation>
    </message>
    <message>
        <source>Refuse the transfer</source>
        <translation>Отклонить перемещение</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Почему?</translation>
    </message>
    <message>
        <source>Transfer refused.</source>
        <translation>Перемещение отклонено.</translation>
    </message>
    <message>
        <source>Request cancelled.</source>
        <translation>Заявка отменена.</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>перемещение</translation>
    </message>
    <message>
        <source>replenishment</source>
        <translation>пополнение</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>склад</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Lines of the new request; the quantity can be edited</source>
        <translation>Строки новой заявки; количество можно изменить</translation>
    </message>
    <message>
        <source>&amp;Add item:</source>
        <translation>Доба&amp;вить товар:</translation>
    </message>
    <message>
        <source>Scan or type a barcode</source>
        <translation>Отсканируйте или введите штрихкод</translation>
    </message>
    <message>
        <source>Add an item to the new request</source>
        <translation>Добавить товар в новую заявку</translation>
    </message>
    <message>
        <source>Note for the warehouse (optional)</source>
        <translation>Примечание для склада (необязательно)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Suggest quantities</source>
        <translation>Пр&amp;едложить количества</translation>
    </message>
    <message>
        <source>Send to &amp;warehouse</source>
        <translation>Отправить на скла&amp;д</translation>
    </message>
    <message>
        <source>Store to transfer from</source>
        <translation>Магазин, из которого переместить</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Stock requests</source>
        <translation>Заявки на товар</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отгружено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Quantity now</source>
        <translation>Количество сейчас</translation>
    </message>
    <message>
        <source>Lines of the selected request</source>
        <translation>Строки выбранной заявки</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>Re&amp;fuse transfer</source>
        <translation>Отк&amp;лонить перемещение</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>Отменить заявк&amp;у</translation>
    </message>
    <message>
        <source>Delivery without a request</source>
        <translation>Поставка без заявки</translation>
    </message>
    <message>
        <source>Why is it taken in (supplier, note)?</source>
        <translation>Почему она принимается (поставщик, накладная)?</translation>
    </message>
    <message>
        <source>Delivery taken into stock.</source>
        <translation>Поставка принята на склад.</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Себестоимость ед.</translation>
    </message>
    <message>
        <source>Recei&amp;ve without a request...</source>
        <translation>Принять &amp;без заявки...</translation>
    </message>
    <message>
        <source>Takes these lines into stock at the unit costs shown, with a reason</source>
        <translation>Принимает эти строки на склад по указанной себестоимости, с указанием причины</translation>
    </message>
    <message>
        <source>Type the expiry of %1 as YYYY-MM-DD</source>
        <translation>Введите срок годности %1 в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Expiry (YYYY-MM-DD)</source>
        <translation>Годен до (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Type the unit cost of %1 as an amount, e.g. 3.47</source>
        <translation>Введите себестоимость единицы %1 суммой, например 3.47</translation>
    </message>
    <message>
        <source>Ask store for a tra&amp;nsfer</source>
        <translation>Запросить перемещение из &amp;магазина</translation>
    </message>
    <message>
        <source>Sh&amp;ip transfer</source>
        <translation>От&amp;грузить перемещение</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::StockTab</name>
    <message>
        <source>Opening stock</source>
        <translation>Начальный остаток</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Returned by a customer</source>
        <translation>Возврат покупателя</translation>
    </message>
    <message>
        <source>Online order handed over</source>
        <translation>Выдан онлайн-заказ</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Приёмка товара</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Перемещение: приход</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Перемещение: расход</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <source>Written off (damaged)</source>
        <translation>Списано (повреждено)</translation>
    </message>
    <message>
        <source>Back to the supplier</source>
        <translation>Возврат поставщику</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) listed, worth %1 at cost</source>
        <translation>
            <numerusform>Показан %n товар на %1 по себестоимости</numerusform>
            <numerusform>Показано %n товара на %1 по себестоимости</numerusform>
            <numerusform>Показано %n товаров на %1 по себестоимости</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3 on hand</source>
        <translation>%1 — %2: в наличии %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Other stores: none had it at the last sync</source>
        <translation>Другие магазины: при последней синхронизации ни у кого не было</translation>
    </message>
    <message>
        <source>Other stores (at the last sync): %1</source>
        <translation>Другие магазины (при последней синхронизации): %1</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>На&amp;йти:</translation>
    </message>
    <message>
        <source>SKU, barcode or name</source>
        <translation>Артикул, штрихкод или название</translation>
    </message>
    <message>
        <source>Find a product</source>
        <translation>Найти товар</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>Средняя себестоимость</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Stock by product</source>
        <translation>Остатки по товарам</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Movements of the selected product</source>
        <translation>Движения выбранного товара</translation>
    </message>
    <message>
        <source>Select a product to see its movements.</source>
        <translation>Выберите товар, чтобы увидеть его движения.</translation>
    </message>
    <message>
        <source>(the first %1 of %2: type a name, SKU or barcode to narrow the list)</source>
        <translation>(первые %1 из %2: введите название, артикул или штрихкод, чтобы сузить список)</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::StoreDevices</name>
    <message>
        <source>Welcome!</source>
        <translation>Добро пожаловать!</translation>
    </message>
    <message>
        <source>drawer open</source>
        <translation>ящик открыт</translation>
    </message>
    <message>
        <source>No scale is connected</source>
        <translation>Весы не подключены</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Итого %1</translation>
    </message>
    <message>
        <source>Pay by QR</source>
        <translation>Оплата по QR</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Спасибо за покупку!</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Сдача %1</translation>
    </message>
    <message>
        <source>receipts waiting to print: %1</source>
        <translation>чеков в очереди печати: %1</translation>
    </message>
</context>
<context>
    <name>omnitill::ui::SyncConsoleDialog</name>
    <message>
        <source>Sync console</source>
        <translation>Консоль синхронизации</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Сообщено</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Waiting events (%1)</source>
        <translation>Ожидающие события (%1)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Конфликты (%1)</translation>
    </message>
    <message>
        <source>This till is not connected to a hub: everything waits here until it is enrolled.</source>
        <translation>Касса не подключена к хабу: всё ждёт здесь, пока она не будет зарегистрирована.</translation>
    </message>
    <message>
        <source>Synchronising now...</source>
        <translation>Идёт синхронизация...</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Последняя успешная синхронизация: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Last error: %1 (next attempt in %2 s)</source>
        <translation>Последняя ошибка: %1 (следующая попытка через %2 с)</translation>
    </message>
    <message>
        <source>%1 events wait for the hub; %2 of them were sent without being confirmed.</source>
        <translation>Событий, ожидающих хаб: %1; из них отправлено без подтверждения: %2.</translation>
    </message>
    <message>
        <source>The oldest %1 are listed.</source>
        <translation>Показаны самые старые: %1.</translation>
    </message>
</context>
<context>
    <name>omnitillctl</name>
    <message>
        <source>The damaged file passes SQLite&apos;s integrity check now; it was recovered all the same.</source>
        <translation>Повреждённый файл сейчас проходит проверку целостности SQLite; он всё равно восстановлен.</translation>
    </message>
    <message>
        <source>damage: </source>
        <translation>повреждение: </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged stretch(es) of rows lost</source>
        <translation>
            <numerusform>потерян %n повреждённый участок строк</numerusform>
            <numerusform>потеряно %n повреждённых участка строк</numerusform>
            <numerusform>потеряно %n повреждённых участков строк</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 salvaged rows broke a rule and were left out</source>
        <translation>строк, нарушивших правила и не перенесённых: %1</translation>
    </message>
    <message>
        <source>%1 rows refer to a row that was lost.</source>
        <translation>Строк, ссылающихся на потерянную строку: %1.</translation>
    </message>
    <message>
        <source>Journal: %1 entries, chain and signatures intact.</source>
        <translation>Журнал: записей %1, цепочка и подписи целы.</translation>
    </message>
    <message>
        <source>Journal: BROKEN at entry %1: %2. Keep the damaged file for the auditor.</source>
        <translation>Журнал: НАРУШЕН на записи %1: %2. Сохраните повреждённый файл для аудитора.</translation>
    </message>
    <message>
        <source>%1 events are still to be sent to the hub.</source>
        <translation>Событий, ещё не отправленных в центр: %1.</translation>
    </message>
    <message>
        <source>Reference data (catalog, promotions, members, staff) is fetched again from the hub at the next sync.</source>
        <translation>Справочные данные (каталог, акции, участники, персонал) будут заново получены из центра при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Recovered store: %1. Keep the damaged file; put the recovered one in its place before starting the till.</source>
        <translation>Восстановленная база: %1. Сохраните повреждённый файл; перед запуском кассы поставьте восстановленный на его место.</translation>
    </message>
    <message>
        <source>New store file for what can be recovered.</source>
        <translation>Новый файл базы для того, что удастся восстановить.</translation>
    </message>
    <message>
        <source>Recovers what can be read from a damaged store database into a new file.</source>
        <translation>Восстанавливает всё, что можно прочитать из повреждённой базы магазина, в новый файл.</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>требуется --out FILE</translation>
    </message>
    <message>
        <source>The recovered store fails SQLite&apos;s integrity check: </source>
        <translation>Восстановленная база не проходит проверку целостности SQLite: </translation>
    </message>
</context>
</TS>
