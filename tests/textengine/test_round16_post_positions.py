"""Issue 15, round 16 (branch text36): where a post and its body sit relative
to a name in Turkish news -- a catalogue written from general knowledge of
the language and of administrative posts, not from misses of the real texts.

Each row: an invented sentence, the address it is published at ("-" when
none), the person's expected name, title and institution as
gold/real/README.md writes them. Every row also checks that a later mention
by surname alone is not a second person. All people are invented."""

from __future__ import annotations

import pytest

from ortakmasa.textengine.pipeline import extract

KADIKOY = "https://www.kadikoy.bel.tr/haberler/duyuru"
TRABZON = "http://www.trabzon.gov.tr/haber/ziyaret"
ORTACA = "http://www.ortaca.gov.tr/haber/ziyaret"
ROWS: list[tuple[str, str, str, str | None, str | None]] = [
    # -- the post before the name ---------------------------------------------------
    (
        "Kadıköy Belediye Başkanı Selin Akdağ, yeni parkın açılışını yaptı.",
        "-",
        "Selin Akdağ",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "Bursa Büyükşehir Belediye Başkanı Orhan Kuzey, esnafı ziyaret etti.",
        "-",
        "Orhan Kuzey",
        "Belediye Başkanı",
        "Bursa Büyükşehir Belediyesi",
    ),
    (
        "Trabzon Valisi Kemal Doğru, şehit ailelerini ağırladı.",
        "-",
        "Kemal Doğru",
        "Vali",
        "Trabzon Valiliği",
    ),
    (
        "Ortaca Kaymakamı Emre Yalçın, köy okullarını gezdi.",
        "-",
        "Emre Yalçın",
        "Kaymakam",
        "Ortaca Kaymakamlığı",
    ),
    (
        "Ege Üniversitesi Rektörü Hakan Sönmez, öğrencilerle buluştu.",
        "-",
        "Hakan Sönmez",
        "Rektör",
        "Ege Üniversitesi",
    ),
    (
        "Kayseri Ticaret Odası Başkanı Murat Erdem, ihracat rakamlarını açıkladı.",
        "-",
        "Murat Erdem",
        "Başkan",
        "Kayseri Ticaret Odası",
    ),
    # -- the post after the name, between commas ------------------------------------------
    (
        "Selin Akdağ, Kadıköy Belediye Başkanı, törende kısa bir konuşma yaptı.",
        "-",
        "Selin Akdağ",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "Toplantıya Kemal Doğru, Trabzon Valisi, başkanlık etti.",
        "-",
        "Kemal Doğru",
        "Vali",
        "Trabzon Valiliği",
    ),
    (
        "Açılışı yapan Hakan Sönmez, Ege Üniversitesi Rektörü, öğrencilere seslendi.",
        "-",
        "Hakan Sönmez",
        "Rektör",
        "Ege Üniversitesi",
    ),
    # -- the place or body in the genitive ------------------------------------------------
    (
        "Kadıköy'ün Belediye Başkanı Selin Akdağ, festivali açtı.",
        "-",
        "Selin Akdağ",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "Trabzon'un Valisi Kemal Doğru, yeni hastaneyi gezdi.",
        "-",
        "Kemal Doğru",
        "Vali",
        "Trabzon Valiliği",
    ),
    (
        "Alanya Belediyesi'nin Başkanı Ömer Çınar, turizmcilerle görüştü.",
        "-",
        "Ömer Çınar",
        "Belediye Başkanı",
        "Alanya Belediyesi",
    ),
    (
        "Alanya Belediyesi yeni kütüphanesini açtı. Belediyenin Başkanı Ömer Çınar, "
        "kitapların bağışla toplandığını söyledi.",
        "-",
        "Ömer Çınar",
        "Belediye Başkanı",
        "Alanya Belediyesi",
    ),
    (
        "Ege Üniversitesi'nin Rektörü Hakan Sönmez, mezuniyet törenine katıldı.",
        "-",
        "Hakan Sönmez",
        "Rektör",
        "Ege Üniversitesi",
    ),
    (
        "Ankara'nın Belediye Başkanı Selin Akdağ, metro hattını açtı.",
        "-",
        "Selin Akdağ",
        "Belediye Başkanı",
        "Ankara Büyükşehir Belediyesi",
    ),
    (
        "Törende belediyenin başkanı Ömer Çınar da konuştu.",
        "-",
        "Ömer Çınar",
        "Belediye Başkanı",
        None,
    ),
    # -- the publisher's own post ("our mayor") -------------------------------------------------
    (
        "Belediye Başkanımız Selin Akdağ, mahalle sakinleriyle buluştu.",
        KADIKOY,
        "Selin Akdağ",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "Başkanımız Selin Akdağ, pazar esnafını ziyaret etti.",
        KADIKOY,
        "Selin Akdağ",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "Valimiz Kemal Doğru, şehit ailelerini makamında kabul etti.",
        TRABZON,
        "Kemal Doğru",
        "Vali",
        "Trabzon Valiliği",
    ),
    (
        "Sayın Valimiz Kemal Doğru, ilçemizdeki yatırımları inceledi.",
        TRABZON,
        "Kemal Doğru",
        "Vali",
        "Trabzon Valiliği",
    ),
    (
        "Kaymakamımız Emre Yalçın, bayram namazının ardından vatandaşlarla bayramlaştı.",
        ORTACA,
        "Emre Yalçın",
        "Kaymakam",
        "Ortaca Kaymakamlığı",
    ),
    (
        "Kadıköy Belediyesi'nin düzenlediği şenlikte Belediye Başkanımız Selin Akdağ "
        "çocuklara hediyeler verdi.",
        "-",
        "Selin Akdağ",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "Belediye Başkan Yardımcımız Murat Gül, kurs merkezini gezdi.",
        KADIKOY,
        "Murat Gül",
        "Başkan Yardımcısı",
        "Kadıköy Belediyesi",
    ),
    # -- later mentions ------------------------------------------------------------------
    (
        "Kadıköy Belediye Başkanı Selin Akdağ, parkı açtı. Başkan Akdağ, 'Parkımız "
        "hayırlı olsun' dedi.",
        "-",
        "Selin Akdağ",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "Trabzon Valisi Kemal Doğru, okulu gezdi. Vali Doğru, öğretmenlere teşekkür etti.",
        "-",
        "Kemal Doğru",
        "Vali",
        "Trabzon Valiliği",
    ),
    (
        "Ortaca Kaymakamı Emre Yalçın, muhtarları ağırladı. Toplantıda konuşan Yalçın, "
        "sorunları dinlediklerini söyledi.",
        "-",
        "Emre Yalçın",
        "Kaymakam",
        "Ortaca Kaymakamlığı",
    ),
    (
        "Ortaca Kaymakamı Emre Yalçın, okulları gezdi. Kaymakam Yalçın'a öğrenciler çiçek verdi.",
        "-",
        "Emre Yalçın",
        "Kaymakam",
        "Ortaca Kaymakamlığı",
    ),
    (
        "Ege Üniversitesi Rektörü Hakan Sönmez, laboratuvarı açtı. Rektör Sönmez, "
        "araştırmacılara başarı diledi.",
        "-",
        "Hakan Sönmez",
        "Rektör",
        "Ege Üniversitesi",
    ),
    # -- a party before the post ---------------------------------------------------------
    (
        "AK Parti Kayseri Milletvekili Ayten Çelik, esnaf odasını ziyaret etti.",
        "-",
        "Ayten Çelik",
        "Milletvekili",
        "Türkiye Büyük Millet Meclisi",
    ),
    (
        "CHP İzmir Milletvekili Onur Yazıcı, çiftçilerle bir araya geldi.",
        "-",
        "Onur Yazıcı",
        "Milletvekili",
        "Türkiye Büyük Millet Meclisi",
    ),
    (
        "CHP'li Tepebaşı Belediye Başkanı Nur Ateş, yeni kreşi açtı.",
        "-",
        "Nur Ateş",
        "Belediye Başkanı",
        "Tepebaşı Belediyesi",
    ),
    (
        "Tepebaşı'nın CHP'li Belediye Başkanı Nur Ateş, yeni kreşi açtı.",
        "-",
        "Nur Ateş",
        "Belediye Başkanı",
        "Tepebaşı Belediyesi",
    ),
    (
        "MHP İzmir İl Başkanı Veli Toprak, bayramlaşma programına katıldı.",
        "-",
        "Veli Toprak",
        "İl Başkanı",
        None,
    ),
    (
        "AK Parti Ortaca İlçe Başkanı Sinan Er, teşkilat üyeleriyle buluştu.",
        "-",
        "Sinan Er",
        "İlçe Başkanı",
        None,
    ),
    # -- apposition in parentheses ---------------------------------------------------------
    (
        "Selin Akdağ (Kadıköy Belediye Başkanı) törene katıldı.",
        "-",
        "Selin Akdağ",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "Törene Kemal Doğru (Trabzon Valisi) ve Emre Yalçın (Ortaca Kaymakamı) katıldı.",
        "-",
        "Emre Yalçın",
        "Kaymakam",
        "Ortaca Kaymakamlığı",
    ),
    (
        "Törene Kemal Doğru (Trabzon Valisi) ve Emre Yalçın (Ortaca Kaymakamı) katıldı.",
        "-",
        "Kemal Doğru",
        "Vali",
        "Trabzon Valiliği",
    ),
    (
        "Kurula Ayşe Gür (Ataşehir Belediye Başkanı) ile Cem Sarı (Maltepe Belediye Başkanı) "
        "katıldı.",
        "-",
        "Cem Sarı",
        "Belediye Başkanı",
        "Maltepe Belediyesi",
    ),
    (
        "Kadıköy Belediye Başkanı Selin Akdağ (52), projeyi anlattı.",
        "-",
        "Selin Akdağ",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "Kadıköy Belediye Başkanı Selin Akdağ (CHP), meclis toplantısını yönetti.",
        "-",
        "Selin Akdağ",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    # -- lists of officials ------------------------------------------------------------------
    (
        "Törene Muğla Valisi Kemal Doğru, Fethiye Belediye Başkanı Ömer Çınar ve Fethiye "
        "Kaymakamı Emre Yalçın katıldı.",
        "-",
        "Kemal Doğru",
        "Vali",
        "Muğla Valiliği",
    ),
    (
        "Törene Muğla Valisi Kemal Doğru, Fethiye Belediye Başkanı Ömer Çınar ve Fethiye "
        "Kaymakamı Emre Yalçın katıldı.",
        "-",
        "Ömer Çınar",
        "Belediye Başkanı",
        "Fethiye Belediyesi",
    ),
    (
        "Törene Muğla Valisi Kemal Doğru, Fethiye Belediye Başkanı Ömer Çınar ve Fethiye "
        "Kaymakamı Emre Yalçın katıldı.",
        "-",
        "Emre Yalçın",
        "Kaymakam",
        "Fethiye Kaymakamlığı",
    ),
    (
        "Fethiye'deki törene Vali Kemal Doğru, Belediye Başkanı Ömer Çınar ve Kaymakam Emre "
        "Yalçın katıldı.",
        "-",
        "Ömer Çınar",
        "Belediye Başkanı",
        "Fethiye Belediyesi",
    ),
    (
        "Fethiye'deki törene Vali Kemal Doğru, Belediye Başkanı Ömer Çınar ve Kaymakam Emre "
        "Yalçın katıldı.",
        "-",
        "Emre Yalçın",
        "Kaymakam",
        "Fethiye Kaymakamlığı",
    ),
    (
        "Fethiye'deki törene Vali Kemal Doğru, Belediye Başkanı Ömer Çınar ve Kaymakam Emre "
        "Yalçın katıldı.",
        "-",
        "Kemal Doğru",
        "Vali",
        "Muğla Valiliği",
    ),
    # -- joins with "ile" and "ve" -------------------------------------------------------------
    (
        "Kadıköy Belediye Başkanı Selin Akdağ ile Üsküdar Belediye Başkanı Can Tekin bir "
        "araya geldi.",
        "-",
        "Can Tekin",
        "Belediye Başkanı",
        "Üsküdar Belediyesi",
    ),
    (
        "Kadıköy Belediye Başkanı Selin Akdağ ile Üsküdar Belediye Başkanı Can Tekin bir "
        "araya geldi.",
        "-",
        "Selin Akdağ",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "Trabzon Valisi Kemal Doğru ile Ege Üniversitesi Rektörü Hakan Sönmez protokol imzaladı.",
        "-",
        "Hakan Sönmez",
        "Rektör",
        "Ege Üniversitesi",
    ),
    (
        "Ataşehir ve Maltepe Belediye Başkanları Ayşe Gür ve Cem Sarı, ortak projeyi tanıttı.",
        "-",
        "Ayşe Gür",
        "Belediye Başkanı",
        "Ataşehir Belediyesi",
    ),
    (
        "Ataşehir ve Maltepe Belediye Başkanları Ayşe Gür ve Cem Sarı, ortak projeyi tanıttı.",
        "-",
        "Cem Sarı",
        "Belediye Başkanı",
        "Maltepe Belediyesi",
    ),
    (
        "Kadıköy Belediye Başkan Yardımcıları Ayşe Gür ve Cem Sarı, pazar yerini denetledi.",
        "-",
        "Cem Sarı",
        "Başkan Yardımcısı",
        "Kadıköy Belediyesi",
    ),
    (
        "Ataşehir, Kadıköy ve Maltepe Belediye Başkanları Ayşe Gür, Deniz Ak ve Cem Sarı "
        "toplantıya katıldı.",
        "-",
        "Deniz Ak",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "Bursa ve İzmir Büyükşehir Belediye Başkanları Orhan Kuzey ve Ece Tan protokol imzaladı.",
        "-",
        "Ece Tan",
        "Belediye Başkanı",
        "İzmir Büyükşehir Belediyesi",
    ),
    (
        "Bursa ve İzmir Büyükşehir Belediye Başkanları Orhan Kuzey ve Ece Tan protokol imzaladı.",
        "-",
        "Orhan Kuzey",
        "Belediye Başkanı",
        "Bursa Büyükşehir Belediyesi",
    ),
    # -- the name in the dative, ablative, accusative and genitive ---------------------------------
    (
        "Öğrenciler, Kadıköy Belediye Başkanı Selin Akdağ'a teşekkür etti.",
        "-",
        "Selin Akdağ",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "Trabzon Valisi Kemal Doğru'dan esnafa ziyaret.",
        "-",
        "Kemal Doğru",
        "Vali",
        "Trabzon Valiliği",
    ),
    (
        "Heyet, Alanya Belediye Başkanı Ömer Çınar'ı makamında ziyaret etti.",
        "-",
        "Ömer Çınar",
        "Belediye Başkanı",
        "Alanya Belediyesi",
    ),
    (
        "Ege Üniversitesi Rektörü Hakan Sönmez'e plaket verildi.",
        "-",
        "Hakan Sönmez",
        "Rektör",
        "Ege Üniversitesi",
    ),
    (
        "Toplantı, Trabzon Valisi Kemal Doğru'nun katılımıyla yapıldı.",
        "-",
        "Kemal Doğru",
        "Vali",
        "Trabzon Valiliği",
    ),
    (
        "Program, Ortaca Kaymakamı Emre Yalçın'ın ev sahipliğinde gerçekleşti.",
        "-",
        "Emre Yalçın",
        "Kaymakam",
        "Ortaca Kaymakamlığı",
    ),
    (
        "Dernek üyeleri, Alanya Belediye Başkanı Ali Ekinci'ye plaket verdi.",
        "-",
        "Ali Ekinci",
        "Belediye Başkanı",
        "Alanya Belediyesi",
    ),
    # -- honorifics -------------------------------------------------------------------------
    (
        "Ege Üniversitesi Rektörü Prof. Dr. Hakan Sönmez, öğrencilerle buluştu.",
        "-",
        "Hakan Sönmez",
        "Rektör",
        "Ege Üniversitesi",
    ),
    (
        "Kadıköy Kent Konseyi Başkanı Av. Derya Kılıç, gençlik meclisini topladı.",
        "-",
        "Derya Kılıç",
        "Başkan",
        "Kadıköy Kent Konseyi",
    ),
    (
        "Alanya Devlet Hastanesi Başhekimi Op. Dr. Levent Aksoy, yeni servisi tanıttı.",
        "-",
        "Levent Aksoy",
        "Başhekim",
        "Alanya Devlet Hastanesi",
    ),
    (
        "Ege Üniversitesi Mühendislik Fakültesi Dekanı Dr. Öğr. Üyesi Selma Kurt, "
        "mezunları kutladı.",
        "-",
        "Selma Kurt",
        "Dekan",
        "Ege Üniversitesi",
    ),
    (
        "Karadeniz Teknik Üniversitesi Rektör Yardımcısı Doç. Dr. Ayşe Uçar, kongreyi açtı.",
        "-",
        "Ayşe Uçar",
        "Rektör Yardımcısı",
        "Karadeniz Teknik Üniversitesi",
    ),
    (
        "Trabzon Valisi Sayın Kemal Doğru, törene katıldı.",
        "-",
        "Kemal Doğru",
        "Vali",
        "Trabzon Valiliği",
    ),
    (
        "Kadıköy Belediye Başkanı Av. Selin Akdağ, kütüphaneyi açtı.",
        "-",
        "Selin Akdağ",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "Trabzon İl Sağlık Müdürü Uzm. Dr. Fatih Er, aşı kampanyasını başlattı.",
        "-",
        "Fatih Er",
        "İl Sağlık Müdürü",
        "İl Sağlık Müdürlüğü",
    ),
    # -- names in capitals ------------------------------------------------------------------
    (
        "KADIKÖY BELEDİYE BAŞKANI SELİN AKDAĞ, YENİ PARKI AÇTI.",
        "-",
        "Selin Akdağ",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "Trabzon Valisi KEMAL DOĞRU, törene katıldı.",
        "-",
        "Kemal Doğru",
        "Vali",
        "Trabzon Valiliği",
    ),
    (
        "Kadıköy Belediye Başkanı Selin AKDAĞ, kütüphaneyi açtı.",
        "-",
        "Selin Akdağ",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "İzmit Belediye Başkanı İSMAİL IŞIK, yolları inceledi.",
        "-",
        "İsmail Işık",
        "Belediye Başkanı",
        "İzmit Belediyesi",
    ),
    # -- three-word names; women's two surnames -----------------------------------------------
    (
        "Kadıköy Belediye Başkanı Mehmet Ali Yurt, sahil projesini anlattı.",
        "-",
        "Mehmet Ali Yurt",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "Trabzon Valisi Ayşe Nur Kalkan, sağlık ocağını açtı.",
        "-",
        "Ayşe Nur Kalkan",
        "Vali",
        "Trabzon Valiliği",
    ),
    (
        "Kadıköy Belediye Başkanı Selin Akdağ Yılmaz, kreşi açtı. Başkan Akdağ Yılmaz, "
        "annelere teşekkür etti.",
        "-",
        "Selin Akdağ Yılmaz",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
    ),
    (
        "Ege Üniversitesi Rektörü Prof. Dr. Nevin Tuna Ersoy, öğrencilere seslendi.",
        "-",
        "Nevin Tuna Ersoy",
        "Rektör",
        "Ege Üniversitesi",
    ),
    # -- a municipality's deputy mayors ---------------------------------------------------------
    (
        "Kadıköy Belediye Başkan Vekili Murat Gül, meclis toplantısını yönetti.",
        "-",
        "Murat Gül",
        "Belediye Başkan Vekili",
        "Kadıköy Belediyesi",
    ),
    (
        "Bursa Büyükşehir Belediye Başkanvekili Murat Gül, esnafı ziyaret etti.",
        "-",
        "Murat Gül",
        "Belediye Başkan Vekili",
        "Bursa Büyükşehir Belediyesi",
    ),
    (
        "Kadıköy Belediye Başkan Yardımcısı Murat Gül, yaşlıları ziyaret etti.",
        "-",
        "Murat Gül",
        "Başkan Yardımcısı",
        "Kadıköy Belediyesi",
    ),
    (
        "Bursa Büyükşehir Belediye Başkan Yardımcısı Murat Gül, kavşak çalışmasını inceledi.",
        "-",
        "Murat Gül",
        "Başkan Yardımcısı",
        "Bursa Büyükşehir Belediyesi",
    ),
    (
        "Kadıköy Belediyesi Başkan Yardımcısı Murat Gül, yaşlıları ziyaret etti.",
        "-",
        "Murat Gül",
        "Başkan Yardımcısı",
        "Kadıköy Belediyesi",
    ),
    (
        "Belediye Başkan Yardımcısı Murat Gül, kurs merkezini gezdi.",
        KADIKOY,
        "Murat Gül",
        "Başkan Yardımcısı",
        "Kadıköy Belediyesi",
    ),
    (
        "Trabzon Vali Yardımcısı Kemal Doğru, toplantıya başkanlık etti.",
        "-",
        "Kemal Doğru",
        "Vali Yardımcısı",
        "Trabzon Valiliği",
    ),
    # -- a person with two posts ----------------------------------------------------------------
    (
        "Bursa Büyükşehir Belediye Başkanı ve Marmara Belediyeler Birliği Başkanı Orhan "
        "Kuzey, toplantıyı açtı.",
        "-",
        "Orhan Kuzey",
        "Belediye Başkanı",
        "Bursa Büyükşehir Belediyesi",
    ),
    (
        "Marmara Belediyeler Birliği Başkanı ve Bursa Büyükşehir Belediye Başkanı Orhan "
        "Kuzey, toplantıyı açtı.",
        "-",
        "Orhan Kuzey",
        "Belediye Başkanı",
        "Bursa Büyükşehir Belediyesi",
    ),
    (
        "Trabzon Valisi ve Belediye Başkan Vekili Kemal Doğru, çalışmaları inceledi.",
        "-",
        "Kemal Doğru",
        "Vali",
        "Trabzon Valiliği",
    ),
    (
        "Kaymakam Selim Öz, ilçe protokolüyle birlikte Fethiye'deki okulu ziyaret etti.",
        "-",
        "Selim Öz",
        "Kaymakam",
        "Fethiye Kaymakamlığı",
    ),
    (
        "Kaymakam Selim Öz ve Kaymakam Ali Kaya, Fethiye'de ve Dalaman'da okulları gezdi.",
        "-",
        "Selim Öz",
        "Kaymakam",
        None,
    ),
    # -- a muhtar ---------------------------------------------------------------------------------
    (
        "Cumhuriyet Mahallesi Muhtarı Hasan Uysal, sakinlerin isteklerini iletti.",
        "-",
        "Hasan Uysal",
        "Muhtar",
        None,
    ),
    (
        "Başkan, Gazi Mahallesi Muhtarı Hasan Uysal'ın davetine katıldı.",
        "-",
        "Hasan Uysal",
        "Muhtar",
        None,
    ),
    (
        "Akçaköy Muhtarı Hasan Uysal, köyün yol sorununu anlattı.",
        "-",
        "Hasan Uysal",
        "Muhtar",
        None,
    ),
    (
        "Ziyarette Muhtar Hasan Uysal da hazır bulundu.",
        "-",
        "Hasan Uysal",
        "Muhtar",
        None,
    ),
    (
        "Kadıköy Muhtarlar Derneği Başkanı Hasan Uysal, belediyeyi ziyaret etti.",
        "-",
        "Hasan Uysal",
        "Başkan",
        "Kadıköy Muhtarlar Derneği",
    ),
    # -- a former post ----------------------------------------------------------------------------
    (
        "Törene eski Belediye Başkanı Yusuf Aslan da katıldı.",
        "-",
        "Yusuf Aslan",
        None,
        None,
    ),
    (
        "Törene Kadıköy eski Belediye Başkanı Yusuf Aslan da katıldı.",
        "-",
        "Yusuf Aslan",
        None,
        None,
    ),
    (
        "Eski Trabzon Valisi Yusuf Aslan, anılarını anlattı.",
        "-",
        "Yusuf Aslan",
        None,
        None,
    ),
    (
        "Önceki dönem Belediye Başkanı Yusuf Aslan da programda yer aldı.",
        "-",
        "Yusuf Aslan",
        None,
        None,
    ),
    (
        "Geçmiş dönem Trabzon Valisi Yusuf Aslan, anılarını anlattı.",
        "-",
        "Yusuf Aslan",
        None,
        None,
    ),
    (
        "Programda merhum Belediye Başkanı Yusuf Aslan anıldı.",
        "-",
        "Yusuf Aslan",
        None,
        None,
    ),
    (
        "Kadıköy Belediyesi eski Başkanı Yusuf Aslan, kitabını imzaladı.",
        "-",
        "Yusuf Aslan",
        None,
        None,
    ),
]


ROW_IDS = [f"{i:02d}-{row[2]}" for i, row in enumerate(ROWS)]


@pytest.mark.parametrize(("text", "source", "name", "title", "body"), ROWS, ids=ROW_IDS)
def test_post_positions(
    text: str, source: str, name: str, title: str | None, body: str | None
) -> None:
    found = {p["name"]: p for p in extract(text, source)["people"]}
    assert name in found, sorted(found)
    assert (found[name]["title"], found[name]["institution"]) == (title, body)
    surname = name.split()[-1]
    assert surname not in found, sorted(found)


PARTY_ROWS = [
    (
        "AK Parti Kayseri Milletvekili Ayten Çelik, esnaf odasını ziyaret etti.",
        "Ayten Çelik",
        "AKP",
    ),
    ("CHP'li Tepebaşı Belediye Başkanı Nur Ateş, yeni kreşi açtı.", "Nur Ateş", "CHP"),
    ("Tepebaşı'nın CHP'li Belediye Başkanı Nur Ateş, yeni kreşi açtı.", "Nur Ateş", "CHP"),
    ("MHP İzmir İl Başkanı Veli Toprak, bayramlaşmaya katıldı.", "Veli Toprak", "MHP"),
    ("Kadıköy Belediye Başkanı Selin Akdağ (CHP), meclisi yönetti.", "Selin Akdağ", "CHP"),
    ("Törene CHP'li eski Belediye Başkanı Yusuf Aslan da katıldı.", "Yusuf Aslan", "CHP"),
]


@pytest.mark.parametrize(("text", "name", "party"), PARTY_ROWS)
def test_party_before_or_after_the_post(text: str, name: str, party: str) -> None:
    found = {p["name"]: p for p in extract(text)["people"]}
    assert found[name]["party"] == party
