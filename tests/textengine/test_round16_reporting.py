"""How Turkish news and press releases report direct speech (issue 15,
round 16): a catalogue written from general knowledge of the genre, not
from misses on the development texts.

Each row is a text of our own (invented sentences, people and places) and
the quotes it holds, in order, as (speaker, opening words of the quote).
A row with no quotes is indirect speech or a quoted name (a slogan, a
campaign, a project), which is not speech. The check follows the
evaluator: a quote matches when its text starts with the opening words
(search keys), its speaker must be the one given, and no other quote may be
read.
"""

from __future__ import annotations

import pytest

from ortakmasa.lib.turkish import search_key
from tests.textengine.helpers import quotes

V = "Nevzat Karaca"  # Vali of the invented Sarıyurt province
B = "Hülya Demirkol"  # Belediye Başkanı of Sarıyurt
R = "Orhan Sezgin"  # Rektör of Sarıyurt Üniversitesi
K = "Tuba Alkan"  # Kaymakam of Kuzgunlu
M = "Cengiz Uysal"  # İlçe Milli Eğitim Müdürü

VISIT = "Sarıyurt Valisi Nevzat Karaca, Belediye Başkanı Hülya Demirkol'u makamında ziyaret etti. "
MAYOR = "Sarıyurt Belediye Başkanı Hülya Demirkol, Akpınar Mahallesi'ndeki parkın açılışını yaptı. "
RECTOR = "Sarıyurt Üniversitesi Rektörü Prof. Dr. Orhan Sezgin, mezuniyet törenine katıldı. "
KAYMAKAM = "Kuzgunlu Kaymakamı Tuba Alkan, ilçedeki köy okullarını gezdi. "
MUDUR = "Kuzgunlu İlçe Milli Eğitim Müdürü Cengiz Uysal, öğretmenlerle bir araya geldi. "

S1 = "Parkımızı yaz başında hizmete açacağız"
S2 = "Kentimizin her mahallesine aynı özeni göstereceğiz"
S3 = "Gençlerimiz bu şehrin en büyük gücüdür"

ROWS: list[tuple[str, str, list[tuple[str | None, str]]]] = [
    # --- X, "…" <reporting verb> ---
    ("dedi", MAYOR + f'Demirkol, "{S1}" dedi.', [(B, S1)]),
    ("diye_konustu", MAYOR + f'Başkan Demirkol, "{S1}" diye konuştu.', [(B, S1)]),
    (
        "ifadelerini_kullandi",
        VISIT + f'Vali Karaca, "{S2}" ifadelerini kullandı.',
        [(V, S2)],
    ),
    ("seklinde_konustu", MAYOR + f'Demirkol, "{S1}" şeklinde konuştu.', [(B, S1)]),
    (
        "aciklamasinda_bulundu",
        RECTOR + f'Rektör Sezgin, "{S3}" açıklamasında bulundu.',
        [(R, S3)],
    ),
    (
        "degerlendirmesinde_bulundu",
        KAYMAKAM + f'Alkan, "{S3}" değerlendirmesinde bulundu.',
        [(K, S3)],
    ),
    ("diye_ekledi", MAYOR + f'Demirkol, "{S2}" diye ekledi.', [(B, S2)]),
    ("ifadelerine_yer_verdi", VISIT + f'Karaca, "{S2}" ifadelerine yer verdi.', [(V, S2)]),
    ("diye_seslendi", RECTOR + f'Sezgin, mezunlara "{S3}" diye seslendi.', [(R, S3)]),
    ("cagrisinda_bulundu", VISIT + f'Karaca, "{S2}" çağrısında bulundu.', [(V, S2)]),
    ("mesajini_verdi", KAYMAKAM + f'Kaymakam Alkan, "{S3}" mesajını verdi.', [(K, S3)]),
    (
        "participle_subject",
        f'Törende konuşan Sarıyurt Belediye Başkanı Hülya Demirkol, "{S1}" dedi.',
        [(B, S1)],
    ),
    (
        "converb_then_quote",
        MAYOR + f'Demirkol, çalışmaların sürdüğünü belirterek, "{S2}" dedi.',
        [(B, S2)],
    ),
    (
        "yaptigi_aciklamada",
        VISIT + f'Vali Karaca, yaptığı açıklamada "{S2}" ifadelerini kullandı.',
        [(V, S2)],
    ),
    ("konusmasinda", RECTOR + f'Sezgin, konuşmasında "{S3}" dedi.', [(R, S3)]),
    ("de_particle", VISIT + f'Başkan Demirkol de "{S1}" dedi.', [(B, S1)]),
    ("ise_particle", VISIT + f'Demirkol ise "{S1}" diye konuştu.', [(B, S1)]),
    ("diyerek", MAYOR + f'Demirkol, "{S2}" diyerek sözlerini tamamladı.', [(B, S2)]),
    (
        "honorific_name",
        f'Sarıyurt Üniversitesi Rektörü Prof. Dr. Orhan Sezgin, "{S3}" dedi.',
        [(R, S3)],
    ),
    (
        "question_quote",
        MAYOR + 'Demirkol, "Bu parkı kim için yaptık? Çocuklarımız için" dedi.',
        [(B, "Bu parkı kim için yaptık")],
    ),
    (
        "two_quotes_one_sentence",
        MAYOR + f'Demirkol, "{S1}" dedi ve ekledi: "{S2}"',
        [(B, S1), (B, S2)],
    ),
    # --- the quote first, the speaker after it ---
    (
        "diyen_x",
        MAYOR + f'"{S2}" diyen Başkan Demirkol, çalışmaların sürdüğünü söyledi.',
        [(B, S2)],
    ),
    (
        "diyen_x_full",
        f'"{S2}" diyen Sarıyurt Belediye Başkanı Hülya Demirkol, projeyi anlattı.',
        [(B, S2)],
    ),
    (
        "ifadelerini_kullanan_x",
        VISIT + f'"{S2}" ifadelerini kullanan Vali Karaca, heyete teşekkür etti.',
        [(V, S2)],
    ),
    (
        "dedi_baskan_x",
        MAYOR + f'"{S1}," dedi Başkan Demirkol.',
        [(B, S1)],
    ),
    (
        "diye_konustu_vali_x",
        VISIT + f'"{S2}" diye konuştu Vali Karaca.',
        [(V, S2)],
    ),
    (
        "dedi_rektor_full",
        f'"{S3}" dedi Sarıyurt Üniversitesi Rektörü Orhan Sezgin.',
        [(R, S3)],
    ),
    # --- göre, açıklaması şöyle, şunları söyledi ---
    ("x_e_gore", MAYOR + f'Başkan Demirkol\'a göre "{S2}."', [(B, S2)]),
    (
        "aciklamasi_soyle",
        VISIT + f'Vali Karaca\'nın açıklaması şöyle: "{S2}."',
        [(V, S2)],
    ),
    (
        "sunlari_soyledi",
        MAYOR + f'Demirkol şunları söyledi: "{S1}. {S2}."',
        [(B, S1)],
    ),
    (
        "sunlari_kaydetti_paragraph",
        RECTOR + f'Sezgin, konuşmasında şunları kaydetti:\n\n"{S3}. Hepinizi kutluyorum."',
        [(R, S3)],
    ),
    (
        "colon_heading",
        MAYOR + f'\n\nBaşkan Demirkol\'un açıklaması şöyle:\n\n"{S1}. {S2}."',
        [(B, S1)],
    ),
    (
        "colon_heading_no_marks",
        VISIT + f"Vali Karaca şöyle konuştu:\n\n{S2}. Sarıyurt güvenli bir şehirdir.",
        [(V, S2)],
    ),
    (
        "soyle_devam_etti",
        MAYOR + f'Demirkol, sözlerine şöyle devam etti: "{S2}."',
        [(B, S2)],
    ),
    (
        "su_ifadeleri_kullandi",
        KAYMAKAM + f'Alkan, şu ifadeleri kullandı: "{S3}."',
        [(K, S3)],
    ),
    (
        "konusmasi_soyle",
        RECTOR + f'\n\nRektör Sezgin\'in konuşması şöyle:\n\n"{S3}. Yolunuz açık olsun."',
        [(R, S3)],
    ),
    # --- quotes over several paragraphs ---
    (
        "two_paragraphs_open_marks",
        MAYOR + f'Demirkol şunları söyledi:\n\n"{S1}. Çalışmalar sürüyor.\n\n"{S2}."',
        [(B, S1), (B, S2)],
    ),
    (
        "three_paragraphs_curly",
        VISIT
        + "Vali Karaca, açıklamasında şunları kaydetti:\n\n"
        + f"“{S2}. Yatırımlar sürüyor.\n\n“Okullarımız yenileniyor.\n\n“Hepinize teşekkür ederim.”",
        [(V, S2), (V, "Okullarımız yenileniyor"), (V, "Hepinize teşekkür ederim")],
    ),
    (
        "two_paragraphs_closed_each",
        MAYOR + f'Demirkol şöyle konuştu:\n\n"{S1}."\n\n"{S2}."',
        [(B, S1), (B, S2)],
    ),
    (
        "paragraph_quote_then_dedi",
        MAYOR + f'\n\n"{S1}. Çalışmalar sürüyor.\n\n"{S2}" dedi.',
        [(B, S1), (B, S2)],
    ),
    # --- the speaker named earlier ---
    (
        "previous_paragraph_full_name",
        "Sarıyurt Valisi Nevzat Karaca, okul açılışına katıldı.\n\n"
        f'"{S2}. Eğitim en büyük yatırımdır."',
        [(V, S2)],
    ),
    (
        "previous_sentence_dedi_no_subject",
        f'Vali Nevzat Karaca, öğrencilerle sohbet etti. "{S3}" dedi.',
        [(V, S3)],
    ),
    (
        "surname_in_previous_sentence",
        VISIT + f'Karaca, öğrencilerle sohbet etti. "{S3}" dedi.',
        [(V, S3)],
    ),
    ("post_only_vali", VISIT + f'Vali, "{S2}" dedi.', [(V, S2)]),
    ("post_only_baskan", MAYOR + f'Başkan, "{S1}" diye konuştu.', [(B, S1)]),
    ("post_only_rektor", RECTOR + f'Rektör, "{S3}" ifadelerini kullandı.', [(R, S3)]),
    ("post_only_kaymakam", KAYMAKAM + f'Kaymakam, "{S3}" dedi.', [(K, S3)]),
    ("post_only_mudur", MUDUR + f'Müdür, "{S3}" diye konuştu.', [(M, S3)]),
    (
        "post_only_vali_paragraph",
        VISIT + f'\n\nZiyarette konuşan Vali, "{S2}" dedi.',
        [(V, S2)],
    ),
    (
        "post_possessive_baskanimiz",
        MAYOR + f'Başkanımız, "{S1}" dedi.',
        [(B, S1)],
    ),
    # --- two speakers ---
    (
        "alternating_surnames",
        VISIT
        + f'Karaca, "{S2}" dedi.\n\nDemirkol ise "{S1}" diye konuştu.\n\n'
        + 'Karaca, "Belediyemizle uyum içinde çalışıyoruz" dedi. '
        + 'Demirkol da "Valimize teşekkür ediyorum" ifadelerini kullandı.',
        [
            (V, S2),
            (B, S1),
            (V, "Belediyemizle uyum içinde"),
            (B, "Valimize teşekkür ediyorum"),
        ],
    ),
    (
        "alternating_posts",
        VISIT + f'Vali, "{S2}" dedi. Başkan ise "{S1}" diye karşılık verdi.',
        [(V, S2), (B, S1)],
    ),
    (
        "second_speaker_new_paragraph",
        MAYOR
        + f'Demirkol, "{S1}" dedi.\n\n'
        + f'Törene katılan Kuzgunlu Kaymakamı Tuba Alkan da "{S3}" diye konuştu.',
        [(B, S1), (K, S3)],
    ),
    (
        "guest_thanks_host",
        VISIT + f'Karaca, "{S2}" dedi. Ev sahibi Demirkol, "Ziyaretiniz bizi onurlandırdı" dedi.',
        [(V, S2), (B, "Ziyaretiniz bizi onurlandırdı")],
    ),
    # --- quote marks ---
    ("marks_curly", MAYOR + f"Demirkol, “{S1}” dedi.", [(B, S1)]),
    ("marks_straight", MAYOR + f'Demirkol, "{S1}" dedi.', [(B, S1)]),
    ("marks_single_curly", MAYOR + f"Demirkol, ‘{S1}’ dedi.", [(B, S1)]),
    ("marks_guillemets", MAYOR + f"Demirkol, «{S1}» dedi.", [(B, S1)]),
    ("marks_double_apostrophes", MAYOR + f"Demirkol, ''{S1}'' dedi.", [(B, S1)]),
    ("marks_single_straight", MAYOR + f"Demirkol, '{S1}' dedi.", [(B, S1)]),
    (
        "inner_quote_single",
        MAYOR + "Demirkol, \"Çocuklar bana 'park ne zaman bitecek' diye soruyor. "
        'Yaz başında bitecek" dedi.',
        [(B, "Çocuklar bana")],
    ),
    (
        "inner_quote_curly",
        VISIT + "Karaca, “Herkes ‘Sarıyurt güvenli mi’ diye soruyor. Evet, güvenli” dedi.",
        [(V, "Herkes")],
    ),
    (
        "inner_campaign_name",
        MAYOR + "Demirkol, \"'Temiz Sokaklar' kampanyamıza herkesi bekliyoruz\" dedi.",
        [(B, "'Temiz Sokaklar' kampanyamıza")],
    ),
    # --- quoted headlines ---
    (
        "headline_surname",
        f'Demirkol: "{S1}"\n\n' + MAYOR + "Açılışa çok sayıda vatandaş katıldı.",
        [(B, S1)],
    ),
    (
        "headline_post_and_surname",
        f'Vali Karaca: "{S2}"\n\n' + VISIT + "Ziyaret bir saat sürdü.",
        [(V, S2)],
    ),
    (
        "headline_single_marks",
        f"Rektör Sezgin: '{S3}'\n\n" + RECTOR + "Törende öğrenciler kep attı.",
        [(R, S3)],
    ),
    (
        "headline_curly_full_name",
        f"Başkan Hülya Demirkol: “{S1}”\n\n" + MAYOR,
        [(B, S1)],
    ),
    # --- who speaks when several people are named ---
    (
        "dative_addressee",
        VISIT + f'Demirkol, Vali Karaca\'ya "{S1}" dedi.',
        [(B, S1)],
    ),
    (
        "dative_participle",
        VISIT + f'Vali Karaca\'ya teşekkür eden Demirkol, "{S1}" dedi.',
        [(B, S1)],
    ),
    (
        "genitive_words_recalled",
        VISIT + f'Demirkol, Vali Karaca\'nın "{S2}" sözlerini hatırlattı.',
        [(V, S2)],
    ),
    (
        "on_behalf_of",
        MAYOR + f'Başkan Demirkol adına konuşan Başkan Yardımcısı Sinan Er, "{S2}" dedi.',
        [("Sinan Er", S2)],
    ),
    (
        "deputy_on_behalf",
        f'Vali Yardımcısı Kemal Oral, Vali Nevzat Karaca adına katıldığı törende "{S3}" dedi.',
        [("Kemal Oral", S3)],
    ),
    (
        "spouse",
        VISIT + f'Vali Karaca\'nın eşi Zehra Karaca, "{S3}" dedi.',
        [("Zehra Karaca", S3)],
    ),
    (
        "post_only_baskan_with_vali",
        VISIT + f'Başkan, "{S1}" dedi.',
        [(B, S1)],
    ),
    (
        "diyen_x_answered",
        VISIT + f'"{S1}" diyen Demirkol\'a Vali Karaca, "{S2}" diye karşılık verdi.',
        [(B, S1), (V, S2)],
    ),
    # --- citizens and reporters ---
    (
        "age_in_brackets",
        MAYOR + 'Mahalle sakini Ayşe Yıldız (45), "Çocuklarım artık parkta oynuyor" dedi.',
        [("Ayşe Yıldız", "Çocuklarım artık parkta oynuyor")],
    ),
    (
        "vatandaslardan",
        MAYOR + 'Vatandaşlardan Mehmet Çelik ise "Parkı çok beğendik" diye konuştu.',
        [("Mehmet Çelik", "Parkı çok beğendik")],
    ),
    (
        "agency_reporter",
        f'AA muhabirine konuşan Sarıyurt Valisi Nevzat Karaca, "{S2}" dedi.',
        [(V, S2)],
    ),
    (
        "ihlas_reporter_aciklama",
        f'İHA muhabirine açıklama yapan Kaymakam Tuba Alkan, "{S3}" ifadelerini kullandı.',
        [(K, S3)],
    ),
    (
        "social_media_post",
        MAYOR
        + f'Demirkol, sosyal medya hesabından yaptığı paylaşımda "{S1}" ifadelerine yer verdi.',
        [(B, S1)],
    ),
    (
        "semicolon_intro",
        MAYOR + f'Başkan Demirkol; "{S1}" dedi.',
        [(B, S1)],
    ),
    (
        "colon_intro_inline",
        MAYOR + f'Başkan Demirkol konuşmasında: "{S1}" dedi.',
        [(B, S1)],
    ),
    (
        "sozleriyle_baslayan",
        VISIT + f'"{S2}" sözleriyle konuşmasına başlayan Karaca, yatırımları anlattı.',
        [(V, S2)],
    ),
    (
        "sozleri_alkislandi",
        MAYOR + f'Demirkol\'un "{S1}" sözleri alkışlandı.',
        [(B, S1)],
    ),
    (
        "ifadesiyle",
        RECTOR + f'Rektör Sezgin\'in ifadesiyle "{S3}."',
        [(R, S3)],
    ),
    (
        "body_statement",
        'Sarıyurt Valiliğinden yapılan açıklamada, "Yarın okullar tatil edilmiştir" denildi.',
        [(None, "Yarın okullar tatil edilmiştir")],
    ),
    (
        "dedi_vali_post_only",
        VISIT + f'"{S2}," dedi Vali.',
        [(V, S2)],
    ),
    (
        "subheading_in_body",
        VISIT + f'\n\nKaraca: "{S2}"\n\nZiyarette kentin sorunları konuşuldu.',
        [(V, S2)],
    ),
    (
        "unclosed_at_paragraph_end",
        MAYOR + f'Demirkol, "{S1}. Herkesi açılışa bekliyoruz\n\nAçılışta konser verildi.',
        [(B, S1)],
    ),
    (
        "same_speaker_next_paragraph",
        MAYOR + f'Demirkol, "{S1}" dedi.\n\n"{S2}" diyen Demirkol, alkışlandı.',
        [(B, S1), (B, S2)],
    ),
    (
        "diye_konustu_no_subject_next_paragraph",
        RECTOR + f'Sezgin, "{S3}" dedi.\n\n"Mezunlarımızla gurur duyuyoruz" diye konuştu.',
        [(R, S3), (R, "Mezunlarımızla gurur duyuyoruz")],
    ),
    # --- more reporting shapes: inverted order, headlines with an ablative,
    #     a body's statement in the passive, sources with göre/deyişiyle ---
    ("inverted_ekledi", MAYOR + f'"{S1}," dedi Demirkol ve ekledi: "{S2}."', [(B, S1), (B, S2)]),
    ("diye_konusan", MAYOR + f'"{S1}" diye konuşan Demirkol, teşekkür etti.', [(B, S1)]),
    ("seklinde_konusan", VISIT + f'"{S2}" şeklinde konuşan Vali Karaca, ayrıldı.', [(V, S2)]),
    (
        "diyerek_tamamlayan",
        MAYOR + f'"{S1}" diyerek sözlerini tamamlayan Demirkol, ayrıldı.',
        [(B, S1)],
    ),
    (
        "aciklamasinin_devaminda",
        MAYOR + f'Demirkol, açıklamasının devamında "{S1}" dedi.',
        [(B, S1)],
    ),
    (
        "sozlerine_devam_colon_unmarked",
        MAYOR + f"Demirkol, sözlerine şöyle devam etti:\n\n{S2}. Herkesi bekliyoruz.",
        [(B, S2)],
    ),
    ("headline_ablative", f'Vali Karaca\'dan uyarı: "{S2}"\n\n' + VISIT, [(V, S2)]),
    ("headline_ablative_full", f'Başkan Hülya Demirkol\'dan müjde: "{S1}"\n\n' + MAYOR, [(B, S1)]),
    (
        "body_passive",
        "Sarıyurt Valiliği tarafından yapılan açıklamada, "
        '"Yarın okullar tatil edilmiştir" ifadelerine yer verildi.',
        [(None, "Yarın okullar")],
    ),
    (
        "body_passive_after_person",
        VISIT
        + "Valilikten yapılan yazılı açıklamada ise şu ifadelere yer verildi: "
        + '"Yarın okullar tatil edilmiştir."',
        [(None, "Yarın okullar")],
    ),
    (
        "two_speakers_one_sentence",
        VISIT + f'Karaca, Demirkol\'un "{S1}" sözünü hatırlatarak, "{S2}" dedi.',
        [(B, S1), (V, S2)],
    ),
    ("yanitini_verdi", MAYOR + f'Demirkol, "{S1}" yanıtını verdi.', [(B, S1)]),
    ("diye_yanitladi", MAYOR + f'Demirkol, "{S1}" diye yanıtladı.', [(B, S1)]),
    ("colon_dedi", MAYOR + f'Demirkol: "{S1}" dedi.', [(B, S1)]),
    ("diyerek_noktaladi", VISIT + f'Karaca sözlerini "{S2}" diyerek noktaladı.', [(V, S2)]),
    ("vurgusu_yapti", MAYOR + f'Demirkol, "{S1}" vurgusu yaptı.', [(B, S1)]),
    ("ifadesini_kullandi", MAYOR + f'Demirkol, "{S1}" ifadesini kullandı.', [(B, S1)]),
    ("diye_belirtti", MAYOR + f'Demirkol, "{S1}" diye belirtti.', [(B, S1)]),
    (
        "short_surname",
        "Başkan Yardımcısı Sinan Er, yeni otobüsleri tanıttı. " + f'Er, "{S1}" dedi.',
        [("Sinan Er", S1)],
    ),
    ("rektorumuz", f'Rektörümüz Prof. Dr. Orhan Sezgin, "{S3}" dedi.', [(R, S3)]),
    ("sayin", MAYOR + f'Sayın Demirkol, "{S1}" dedi.', [(B, S1)]),
    (
        "vali_colon_para",
        VISIT + f'\n\nVali, şunları söyledi:\n\n"{S2}. Sarıyurt güvenli bir şehirdir."',
        [(V, S2)],
    ),
    (
        "exclaim",
        MAYOR + 'Demirkol, "Sarıyurt\'u birlikte büyüteceğiz!" diye seslendi.',
        [(B, "Sarıyurt")],
    ),
    (
        "satir_basları",
        MAYOR + "\n\nBaşkan Demirkol'un konuşmasından satır başları:\n\n" + f'"{S1}."\n\n"{S2}."',
        [(B, S1), (B, S2)],
    ),
    ("toplantida_denildi", VISIT + f'Toplantıda "{S2}" denildi.', [(None, S2)]),
    ("mesajini_iletti_full", f'Sarıyurt Valisi Nevzat Karaca, "{S2}" mesajını iletti.', [(V, S2)]),
    (
        "bu_sozler",
        MAYOR
        + f'\n\n"{S1}. Herkesi açılışa bekliyoruz."\n\nBu sözleri söyleyen Demirkol, alkışlandı.',
        [(B, S1)],
    ),
    ("dedi_sarıyurt_valisi", f'"{S2}" dedi Sarıyurt Valisi Nevzat Karaca.', [(V, S2)]),
    (
        "bir_vatandas",
        MAYOR + 'Açılışa gelen bir vatandaş, "Parkı çok beğendik" dedi.',
        [(None, "Parkı çok")],
    ),
    ("gore_comma", MAYOR + f'Başkan Demirkol\'a göre, "{S2}."', [(B, S2)]),
    ("deyisiyle", MAYOR + f'Demirkol\'un deyişiyle "{S2}."', [(B, S2)]),
    ("sozleriyle", VISIT + f'Vali Karaca\'nın sözleriyle, "{S2}."', [(V, S2)]),
    # --- second pass: more verbs and nouns of saying, a colon on the line,
    #     three speakers, a quoted phrase inside indirect speech ---
    ("inverted_diye_ekledi", MAYOR + f'"{S2}" diye ekledi Başkan Demirkol.', [(B, S2)]),
    (
        "aciklamasi_soyle_unmarked",
        MAYOR + f"\n\nDemirkol'un açıklaması şöyle:\n\n{S1}. Herkesi bekliyoruz.",
        [(B, S1)],
    ),
    (
        "relative_clause_genitive",
        "Sarıyurt Belediye Başkanı Hülya Demirkol, Vali Nevzat Karaca'nın da katıldığı "
        f'törende "{S1}" dedi.',
        [(B, S1)],
    ),
    (
        "ardindan_soz_alan",
        VISIT + f'Törende, Vali Karaca\'nın ardından söz alan Başkan Demirkol, "{S1}" dedi.',
        [(B, S1)],
    ),
    (
        "kursuye_gelen_ise",
        VISIT + f'Vali Karaca\'nın ardından kürsüye gelen Başkan Demirkol ise "{S1}" dedi.',
        [(B, S1)],
    ),
    (
        "vali_post_with_rektor",
        VISIT + RECTOR + f'Rektör Sezgin ile görüşen Vali, "{S2}" dedi.',
        [(V, S2)],
    ),
    (
        "diyen_kaymakam_post",
        KAYMAKAM + f'"{S3}" diyen Kaymakam, öğrencilere hediye verdi.',
        [(K, S3)],
    ),
    ("photo_caption_paren", MAYOR + f'Demirkol (sağda), "{S1}" dedi.', [(B, S1)]),
    (
        "guillemets_paragraphs",
        MAYOR + f"Demirkol şunları söyledi:\n\n«{S1}. Çalışmalar sürüyor.»\n\n«{S2}.»",
        [(B, S1), (B, S2)],
    ),
    ("headline_no_marks", "Demirkol: Parkı yaz başında açacağız\n\n" + MAYOR, []),
    (
        "paylasimini_yapti",
        MAYOR + f'Demirkol, sosyal medya hesabından "{S1}" paylaşımını yaptı.',
        [(B, S1)],
    ),
    ("notunu_dustu", MAYOR + f'Demirkol, "{S1}" notunu düştü.', [(B, S1)]),
    (
        "seklindeki_aciklamasi",
        MAYOR + f'Demirkol\'un "{S1}" şeklindeki açıklaması alkış aldı.',
        [(B, S1)],
    ),
    ("sozleriyle_tepki", VISIT + f'Karaca, "{S2}" sözleriyle tepki gösterdi.', [(V, S2)]),
    ("diye_sitem_eden", MAYOR + f'"{S1}" diye sitem eden Demirkol, bakanlığa seslendi.', [(B, S1)]),
    (
        "indirect_quoted_phrase",
        MAYOR + 'Demirkol, parkın "kentin en güzel parkı" olduğunu söyledi.',
        [],
    ),
    ("demisti", MAYOR + f'Demirkol, geçen yıl "{S1}" demişti.', [(B, S1)]),
    ("diyor", MAYOR + f'Demirkol, "{S1}" diyor.', [(B, S1)]),
    ("caps_surname", f'Sarıyurt Belediye Başkanı Hülya DEMİRKOL, "{S1}" dedi.', [(B, S1)]),
    (
        "quote_then_bu_sozlerle",
        MAYOR + f'"{S1}" Bu sözlerle konuşmasına başlayan Demirkol, teşekkür etti.',
        [(B, S1)],
    ),
    (
        "kendisine_sorulan",
        MAYOR + f'Kendisine sorulan bir soru üzerine Demirkol, "{S1}" yanıtını verdi.',
        [(B, S1)],
    ),
    ("dedi_after_dash_name", MAYOR + f'"{S1}" dedi Sarıyurt Belediye Başkanı Demirkol.', [(B, S1)]),
    (
        "vali_yardimcisi_not_vali",
        VISIT
        + 'Vali Yardımcısı Kemal Oral da törene katıldı. Oral, "Güvenlik önlemleri alındı" dedi.',
        [("Kemal Oral", "Güvenlik önlemleri")],
    ),
    (
        "muhtar_speaker",
        MAYOR + 'Akpınar Mahallesi Muhtarı Recep Doğan, "Başkanımıza teşekkür ediyoruz" dedi.',
        [("Recep Doğan", "Başkanımıza teşekkür")],
    ),
    (
        "three_speakers",
        VISIT + KAYMAKAM + f'Karaca, "{S2}" dedi. Alkan, "{S3}" dedi. Demirkol ise "{S1}" dedi.',
        [(V, S2), (K, S3), (B, S1)],
    ),
    (
        "dedi_de_bir_de",
        MAYOR + f'Demirkol, "{S1}" derken, "{S2}" diye de ekledi.',
        [(B, S1), (B, S2)],
    ),
    (
        "speech_after_heading_para",
        MAYOR + f'\n\n"PARKLAR ÇOĞALACAK"\n\nDemirkol, "{S1}" dedi.',
        [(B, "PARKLAR ÇOĞALACAK"), (B, S1)],
    ),
    (
        "konustu_colon_same_line",
        VISIT + f"Vali Karaca şöyle konuştu: {S2}. Sarıyurt güvenli bir şehirdir.",
        [(V, S2)],
    ),
    # --- indirect speech: no quote ---
    (
        "indirect_soyledi",
        MAYOR + "Demirkol, çalışmaların yaz başında biteceğini söyledi.",
        [],
    ),
    (
        "indirect_belirtti",
        VISIT + "Karaca, kentte suç oranının düştüğünü belirtti.",
        [],
    ),
    (
        "indirect_ifade_etti",
        RECTOR + "Sezgin, yeni fakültenin gelecek yıl açılacağını ifade etti.",
        [],
    ),
    (
        "indirect_gore_no_marks",
        MAYOR + "Demirkol'a göre kentin en büyük sorunu trafik.",
        [],
    ),
    (
        "indirect_diye_dusunuyor",
        KAYMAKAM + "Alkan, okulların onarımının önemli olduğunu vurgulayarak teşekkür etti.",
        [],
    ),
    # --- names of campaigns, projects, slogans: not speech ---
    (
        "slogan",
        MAYOR + '"Temiz Kent, Mutlu Yarın" sloganıyla başlatılan çalışmalar sürüyor.',
        [],
    ),
    (
        "campaign",
        MAYOR + 'Belediye, "Her Çocuğa Bir Kitap" kampanyasıyla 5 bin kitap topladı.',
        [],
    ),
    (
        "project",
        KAYMAKAM + 'Okullar, "Yeşil Okullar" projesi kapsamında yenilendi.',
        [],
    ),
    (
        "project_possessive",
        VISIT + 'Karaca, "Güvenli Sokaklar" projesinin ikinci etabını başlattı.',
        [],
    ),
    ("adli_film", RECTOR + 'Törende "Bir Kentin Hikâyesi" adlı belgesel gösterildi.', []),
    ("isimli_kitap", MAYOR + 'Demirkol, "Sarıyurt\'un Sokakları" isimli kitabı tanıttı.', []),
    ("temali", MUDUR + 'Uysal, "Okuyan Nesil" temalı yarışmanın ödüllerini verdi.', []),
    ("baslikli", RECTOR + '"Geleceğin Şehirleri" başlıklı panelde konuştu.', []),
    ("adiyla", MAYOR + 'Belediye "Kent Bahçesi" adıyla yeni bir alan açtı.', []),
    ("scare_quotes", MAYOR + 'Belediye, "ücretsiz" servis hattını uzattı.', []),
    ("festival_name", MAYOR + '"Sarıyurt Kiraz Festivali" bu yıl 12. kez düzenlendi.', []),
    ("hashtag_like", MAYOR + 'Belediye "Sarıyurt Okuyor" diye bir etkinlik başlattı.', []),
    (
        "indirect_noted_by_reporter",
        VISIT + "Karaca, yatırımların süreceğini ve okulların onarılacağını kaydetti.",
        [],
    ),
    (
        "capital_heading_label",
        '"KENT İÇİN BİRLİK MESAJI"\n\n' + VISIT,
        [],
    ),
]


def _right(text: str, want: list[tuple[str | None, str]]) -> bool:
    got = quotes(text)
    if len(got) != len(want):
        return False
    for (g_spk, g_txt), (w_spk, w_txt) in zip(got, want, strict=True):
        if not search_key(g_txt).startswith(search_key(w_txt)[:60]):
            return False
        if search_key(g_spk or "") != search_key(w_spk or ""):
            return False
    return True


@pytest.mark.parametrize(("text", "want"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_reported_speech(text: str, want: list[tuple[str | None, str]]) -> None:
    assert _right(text, want), quotes(text)
