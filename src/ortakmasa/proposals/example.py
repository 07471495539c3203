"""The example of issue 14: three needs from Başakşehir, the same three from
Esenler in other words.  Written for this project (not quoted from anyone);
used by the demo and by the tests, which expect three clusters of two."""

from __future__ import annotations

#: (district, title, description, need)
EXAMPLE: tuple[tuple[str, str, str, str], ...] = (
    (
        "Başakşehir",
        "Kayaşehir'e metro bağlantısı",
        "Kayaşehir'den Mecidiyeköy'e toplu taşımayla gitmek iki saati buluyor. "
        "Yapımı süren metro hattının bir an önce tamamlanmasını ve Kayaşehir "
        "merkezine bir istasyon açılmasını istiyoruz. Otobüsler sabah saatlerinde "
        "tıklım tıklım dolu.",
        "metro",
    ),
    (
        "Esenler",
        "Raylı sisteme erişim sorunu",
        "Mahallemizden en yakın metro istasyonuna yürüyerek ulaşmak mümkün değil. "
        "Metro hattının Esenler'in batısına kadar uzatılmasını talep ediyoruz; "
        "işe gidip gelenler her gün saatlerce otobüste kalıyor.",
        "metro",
    ),
    (
        "Başakşehir",
        "Yağmur suyu kanalları yetersiz",
        "Her sağanakta Güvercintepe'de alt geçit ve bodrum katları su basıyor. "
        "Yağmur suyu kanallarının genişletilmesini ve ızgaraların düzenli "
        "temizlenmesini istiyoruz. Geçen ay iki dükkân sular altında kaldı.",
        "flood",
    ),
    (
        "Esenler",
        "Sağanak yağışta sokaklar göle dönüyor",
        "Kısa süren yağışlarda bile caddeler ve evlerin bodrumları sular altında "
        "kalıyor. Altyapıdaki yağmur suyu kanalları yağışı taşıyamıyor; taşkına "
        "karşı drenaj hattının yenilenmesini bekliyoruz.",
        "flood",
    ),
    (
        "Başakşehir",
        "Çalışan anneler için kreş",
        "Bahçeşehir'de ücretsiz ya da uygun ücretli bir belediye kreşi yok. "
        "Çalışan anneler çocuklarını bırakacak yer bulamadığı için işten ayrılmak "
        "zorunda kalıyor. Mahalleye bir kreş ve gündüz bakımevi açılmasını istiyoruz.",
        "kindergarten",
    ),
    (
        "Esenler",
        "Okul öncesi çocuklar için bakımevi",
        "Esenler'de okul öncesi yaştaki çocuklar için yeterli kreş bulunmuyor, "
        "özel kreşlerin ücretleri çok yüksek. Belediyenin çalışan ailelerin "
        "çocukları için gündüz bakımevi ve kreş açmasını talep ediyoruz.",
        "kindergarten",
    ),
)
