"""More tagging cases for test_tag.py: sentences written for Kembar, one per form of date,
government form, ambiguity, agreement and sector term, each with the exact mentions expected
(dates: text, norm; places: text, label, norm, country; terms: label, then text, norm)."""

MORE_DATES = [
    # a weekday decides between the day-first and the month-first reading
    ("Both mayors signed it on Saturday (08/03/2019).", [("Saturday (08/03/2019)", "2019-08-03")]),
    ("Nota itu diteken Jumat (08/03/2019) sore.", [("Jumat (08/03/2019)", "2019-03-08")]),
    ("Kunjungan balasan dilakukan pada 5 Agu 2016.", [("5 Agu 2016", "2016-08-05")]),
    ("Surat itu tertanggal 30 Mrt 2009.", [("30 Mrt 2009", "2009-03-30")]),
    ("MoU diperbarui 1 Okt. 2021 di Balai Kota.", [("1 Okt. 2021", "2021-10-01")]),
    ("Rapat pleno jatuh pada Kamis, 12 Januari 2017.", [("Kamis, 12 Januari 2017", "2017-01-12")]),
    ("Arsip mencatat tanggal 07-08-2015 sebagai awal program.", [("07-08-2015", "2015-08-07")]),
    ("Tercatat 2.3.2010 dalam buku tamu.", [("2.3.2010", "2010-03-02")]),
    ("The agreement was dated 2018-11-30 in both languages.", [("2018-11-30", "2018-11-30")]),
    ("Pertemuan dijadwalkan Juni 2024.", [("Juni 2024", "2024-06")]),
    ("Laporan terbit pada bulan Februari tahun 2019.", [("Februari tahun 2019", "2019-02")]),
    (
        "Festival digelar 10–12 Oktober 2019 di alun-alun.",
        [("10–12 Oktober 2019", "2019-10-10/2019-10-12")],
    ),
    (
        "Pelatihan berlangsung dari 28 Februari sampai 3 Maret 2020.",
        [("28 Februari sampai 3 Maret 2020", "2020-02-28/2020-03-03")],
    ),
    (
        "Masa berlaku 1 Juli 2015 sampai dengan 30 Juni 2020 telah habis.",
        [("1 Juli 2015 sampai dengan 30 Juni 2020", "2015-07-01/2020-06-30")],
    ),
    ("Tim bekerja Januari hingga April 2018.", [("Januari hingga April 2018", "2018-01/2018-04")]),
    ("Evaluasi mencakup tahun 2015 sampai 2019.", [("tahun 2015 sampai 2019", "2015/2019")]),
    ("Data yang dipakai berasal dari periode 2010-2014.", [("periode 2010-2014", "2010/2014")]),
    ("Hubungan itu dimulai pada era 1970-an.", [("era 1970-an", "197")]),
    ("Pada tahun 80-an kota itu masih kecil.", [("tahun 80-an", "198")]),
    ("In the 1990s the two ports began trading.", [("the 1990s", "199")]),
    ("Bangunan itu berdiri sejak abad ke-17.", [("abad ke-17", "16")]),
    ("Tradisi ini berakar pada abad XIX.", [("abad XIX", "18")]),
    ("The harbour dates from the 18th century.", [("18th century", "17")]),
    ("Delegasi pelajar berangkat tiap Agustus.", [("tiap Agustus", "XXXX-08")]),
    ("The festival is held every September.", [("every September", "XXXX-09")]),
    ("Program itu tertunda sejak awal 2021.", [("awal 2021", "2021")]),
    ("Proyek rampung pada akhir tahun 2022.", [("akhir tahun 2022", "2022")]),
    ("Kesepakatan dicapai pertengahan Mei 2019.", [("Mei 2019", "2019-05")]),
    ("The office opened in early March 2012.", [("March 2012", "2012-03")]),
    ("The mayors met on June 3, 2014 in Busan.", [("June 3, 2014", "2014-06-03")]),
    ("It was ratified on 2nd February 2015.", [("2nd February 2015", "2015-02-02")]),
    (
        "The memorandum was signed on the 21st of April 2016.",
        [("21st of April 2016", "2016-04-21")],
    ),
    ("Sabtu (4/11) delegasi tiba di bandara.", [("Sabtu (4/11)", "XXXX-11-04")]),
    (
        "Kamis (30/3) lalu, pada 2023, wali kota menerima tamu.",
        [("Kamis (30/3)", "2023-03-30"), ("pada 2023", "2023")],
    ),
    ("Sebagaimana dijelaskan Keohane dan Nye (1977), interdependensi bersifat kompleks.", []),
    ("Paradiplomasi berkembang pesat (Kuznetsov, 2015: 45).", []),
    ("Hal ini dibahas dalam Jurnal Hubungan Internasional Vol. 8 No. 2 hlm. 120-135.", []),
    ("Kegiatan diatur dalam Permendagri Nomor 3 Tahun 2008.", []),
    ("Kerja sama merujuk Perpres No. 11/2010 tentang kerja sama daerah.", []),
    ("Nilai investasi mencapai Rp 1.500 miliar.", []),
    ("Jarak kedua pelabuhan sekitar 2.500 km.", []),
    ("Telepon kantor 031-5312144 dapat dihubungi.", []),
    ("Acara HUT ke-70 kota dirayakan meriah.", []),
    ("Sebanyak 2019 peserta hadir dalam festival.", []),
    ("Gedung itu memiliki 1945 kursi.", []),
    ("Skor akhir 3-1 untuk tim tamu.", []),
    ("Sejak 2 Januari 2020 hingga kini kerja sama berjalan.", [("2 Januari 2020", "2020-01-02")]),
    ("Pada 1997 Medan dan Gwangju resmi bersaudara.", [("Pada 1997", "1997")]),
    ("Since 2005 the two cities have exchanged teachers.", [("Since 2005", "2005")]),
    ("By 2030 the partners plan a direct flight.", [("By 2030", "2030")]),
    ("Program sempat vakum selama 2020-2021 karena pandemi.", [("selama 2020-2021", "2020/2021")]),
    ("Anggaran tahun 2023 dinaikkan.", [("tahun 2023", "2023")]),
    ("Dalam Expo 2020 Dubai, paviliun Jawa Timur tampil.", [("2020", "2020")]),
    ("Delegasi tiba 17 Agustus 1945 menurut arsip lama.", [("17 Agustus 1945", "1945-08-17")]),
    ("The LoI dated 14 Sept 2017 was kept.", [("14 Sept 2017", "2017-09-14")]),
    ("Rapat tanggal 9 Peb 2012 ditunda.", [("9 Peb 2012", "2012-02-09")]),
    ("Dokumen ditandatangani 25 Djanuari 1960.", [("25 Djanuari 1960", "1960-01-25")]),
    (
        "Kerja sama berlangsung dari Maret 2019 sampai Mei 2021.",
        [("Maret 2019 sampai Mei 2021", "2019-03/2021-05")],
    ),
]
MORE_PLACES = [
    (
        "Pemko Medan menerima rombongan dari Ichikawa.",
        [("Medan", "CITY", "Medan", "ID"), ("Ichikawa", "CITY", "Ichikawa", "JP")],
    ),
    (
        "Pemkab Badung menjajaki kerja sama dengan Bordeaux, Prancis.",
        [
            ("Badung", "CITY", "Badung", "ID"),
            ("Bordeaux", "CITY", "Bordeaux", "FR"),
            ("Prancis", "COUNTRY", "France", "FR"),
        ],
    ),
    (
        "Pemprov Jawa Timur dan Prefektur Osaka memperingati hubungan provinsi kembar.",
        [("Jawa Timur", "PROVINCE", "Jawa Timur", "ID"), ("Osaka", "PROVINCE", "Osaka", "JP")],
    ),
    (
        "Gubernur Daerah Istimewa Yogyakarta bertemu utusan Negara Bagian California.",
        [
            ("Daerah Istimewa Yogyakarta", "PROVINCE", "Daerah Istimewa Yogyakarta", "ID"),
            ("California", "PROVINCE", "California", "US"),
        ],
    ),
    (
        "Pemerintah Kota Bogor dan St. Louis memperbarui hubungan.",
        [("Bogor", "CITY", "Bogor", "ID"), ("St. Louis", "CITY", "St. Louis", "US")],
    ),
    (
        "Pemerintah Provinsi Bali menjalin kemitraan dengan Provinsi Hainan, Tiongkok.",
        [
            ("Bali", "PROVINCE", "Bali", "ID"),
            ("Hainan", "PROVINCE", "Hainan", "CN"),
            ("Tiongkok", "COUNTRY", "China", "CN"),
        ],
    ),
    (
        "Delegasi Seoul Metropolitan City datang ke Jakarta.",
        [("Seoul", "CITY", "Seoul", "KR"), ("Jakarta", "CITY", "Jakarta", "ID")],
    ),
    (
        "Kerja sama dengan Gaziantep Büyükşehir Belediyesi terus berjalan.",
        [("Gaziantep", "CITY", "Gaziantep", "TR")],
    ),
    (
        "Kota Padang menjadi mitra Hildesheim di Jerman.",
        [
            ("Padang", "CITY", "Padang", "ID"),
            ("Hildesheim", "CITY", "Hildesheim", "DE"),
            ("Jerman", "COUNTRY", "Germany", "DE"),
        ],
    ),
    ("Petani membuka lahan di padang rumput yang luas.", []),
    ("Anak-anak bermain di medan yang berbatu.", []),
    (
        "Kota Batu mengirim apel ke Jepang.",
        [("Batu", "CITY", "Batu", "ID"), ("Jepang", "COUNTRY", "Japan", "JP")],
    ),
    ("Batu besar menutup jalan desa.", []),
    (
        "Kyoto Prefecture and Central Java signed a friendship agreement.",
        [("Kyoto", "PROVINCE", "Kyoto", "JP"), ("Central Java", "PROVINCE", "Jawa Tengah", "ID")],
    ),
    (
        "Kota Kyoto menerima mahasiswa dari Yogyakarta.",
        [("Kyoto", "CITY", "Kyoto", "JP"), ("Yogyakarta", "CITY", "Yogyakarta", "ID")],
    ),
    (
        "Kota Gwangju, Korea Selatan, bersaudara dengan Medan.",
        [
            ("Gwangju", "CITY", "Gwangju", "KR"),
            ("Korea Selatan", "COUNTRY", "South Korea", "KR"),
            ("Medan", "CITY", "Medan", "ID"),
        ],
    ),
    ("Raja Sejong dihormati sebagai pencipta aksara.", []),
    ("Mahasiswa belajar di Universitas Surabaya.", []),
    ("Jalan Bandung di Braunschweig diresmikan.", [("Braunschweig", "CITY", "Braunschweig", "DE")]),
    (
        "Walikota Surabaya menyambut Konsul Jenderal Jepang.",
        [("Surabaya", "CITY", "Surabaya", "ID"), ("Jepang", "COUNTRY", "Japan", "JP")],
    ),
    (
        "Hubungan Indonesia dan Turki semakin erat.",
        [("Indonesia", "COUNTRY", "Indonesia", "ID"), ("Turki", "COUNTRY", "Turkey", "TR")],
    ),
    (
        "Belanda dan Amerika Serikat juga menjadi mitra.",
        [
            ("Belanda", "COUNTRY", "Netherlands", "NL"),
            ("Amerika Serikat", "COUNTRY", "United States", "US"),
        ],
    ),
    (
        "Rotterdam dan Semarang memperingati 25 tahun kerja sama.",
        [("Rotterdam", "CITY", "Rotterdam", "NL"), ("Semarang", "CITY", "Semarang", "ID")],
    ),
    (
        "Surabaya–Busan menjadi contoh paradiplomasi yang aktif.",
        [("Surabaya", "CITY", "Surabaya", "ID"), ("Busan", "CITY", "Busan", "KR")],
    ),
    (
        "Pemerintah Kabupaten Banyuwangi mengirim penari ke Yokohama.",
        [("Banyuwangi", "CITY", "Banyuwangi", "ID"), ("Yokohama", "CITY", "Yokohama", "JP")],
    ),
    (
        "Kunjungan ke Kitakyushu dilakukan oleh delegasi Kota Pahlawan.",
        [("Kitakyushu", "CITY", "Kitakyushu", "JP"), ("Kota Pahlawan", "CITY", "Surabaya", "ID")],
    ),
    (
        "Negara bagian Victoria di Australia bermitra dengan Jawa Timur.",
        [
            ("Victoria", "PROVINCE", "Victoria", "AU"),
            ("Australia", "COUNTRY", "Australia", "AU"),
            ("Jawa Timur", "PROVINCE", "Jawa Timur", "ID"),
        ],
    ),
    (
        "Makassar dan Kota Lae di Papua Nugini menandatangani LoI.",
        [
            ("Makassar", "CITY", "Makassar", "ID"),
            ("Lae", "CITY", "Lae", "PG"),
            ("Papua Nugini", "COUNTRY", "Papua New Guinea", "PG"),
        ],
    ),
    (
        "Kerja sama Bandung dengan Suwon sudah lama berjalan.",
        [("Bandung", "CITY", "Bandung", "ID"), ("Suwon", "CITY", "Suwon", "KR")],
    ),
    (
        "The city of Bandung signed with Hamamatsu in Japan.",
        [
            ("Bandung", "CITY", "Bandung", "ID"),
            ("Hamamatsu", "CITY", "Hamamatsu", "JP"),
            ("Japan", "COUNTRY", "Japan", "JP"),
        ],
    ),
    (
        "Provinsi Sulawesi Selatan dan Provinsi Gyeonggi menjajaki kerja sama.",
        [
            ("Sulawesi Selatan", "PROVINCE", "Sulawesi Selatan", "ID"),
            ("Gyeonggi", "PROVINCE", "Gyeonggi-do", "KR"),
        ],
    ),
    (
        "Kota Denpasar menjalin hubungan dengan Kota Mossel Bay di Afrika Selatan.",
        [
            ("Denpasar", "CITY", "Denpasar", "ID"),
            ("Mossel Bay", "CITY", "Mossel Bay", "ZA"),
            ("Afrika Selatan", "COUNTRY", "South Africa", "ZA"),
        ],
    ),
    (
        "Pemkot Semarang mengirim delegasi ke Brisbane, Queensland.",
        [
            ("Semarang", "CITY", "Semarang", "ID"),
            ("Brisbane", "CITY", "Brisbane", "AU"),
            ("Queensland", "PROVINCE", "Queensland", "AU"),
        ],
    ),
    (
        "Warga kota-kota besar di Jawa Tengah menyambut festival itu.",
        [("Jawa Tengah", "PROVINCE", "Jawa Tengah", "ID")],
    ),
    (
        "Dinas pendidikan Kota Malang bekerja sama dengan Tainan, Taiwan.",
        [
            ("Malang", "CITY", "Malang", "ID"),
            ("Tainan", "CITY", "Tainan", "TW"),
            ("Taiwan", "COUNTRY", "Taiwan", "TW"),
        ],
    ),
    (
        "Rombongan seniman Chiang Mai singgah di Surakarta.",
        [("Chiang Mai", "CITY", "Chiang Mai", "TH"), ("Surakarta", "CITY", "Surakarta", "ID")],
    ),
    (
        "Provinsi Chiang Mai mengundang pejabat Jawa Tengah.",
        [
            ("Chiang Mai", "PROVINCE", "Chiang Mai", "TH"),
            ("Jawa Tengah", "PROVINCE", "Jawa Tengah", "ID"),
        ],
    ),
    (
        "Negeri Pulau Pinang dikenal dengan sebutan Penang.",
        [("Pulau Pinang", "PROVINCE", "Penang", "MY"), ("Penang", "PROVINCE", "Penang", "MY")],
    ),
    # ordinary prose: Indonesian words that GeoNames lists as other names of foreign cities
    (
        "Kita perlu memahami urusan pemerintahan daerah lebih dulu. Anda dapat membaca "
        "laporan tahunan itu di perpustakaan, lalu Madura dan HAM dibahas dalam bab lain.",
        [],
    ),
    ("Menurut Hamilton, I. (2019), kerja sama kota sering bersifat simbolis.", []),
    (
        "Toyota Motor membuka pabrik baru di Karawang tahun lalu.",
        [("Karawang", "CITY", "Karawang", "ID")],
    ),
    (
        "Pemprov NTB menjalin kerja sama dengan Provinsi Gyeongsang Utara sejak 2015.",
        [
            ("NTB", "PROVINCE", "Nusa Tenggara Barat", "ID"),
            ("Gyeongsang Utara", "PROVINCE", "Gyeongsangbuk-do", "KR"),
        ],
    ),
    (
        "Pemerintah Provinsi Jawa Timur bekerja sama dengan Australia Barat di bidang pendidikan.",
        [
            ("Jawa Timur", "PROVINCE", "Jawa Timur", "ID"),
            ("Australia Barat", "PROVINCE", "Western Australia", "AU"),
        ],
    ),
    (
        "Kerja sama Jawa Barat dengan Souss- Massa dimulai 2018.",
        [
            ("Jawa Barat", "PROVINCE", "Jawa Barat", "ID"),
            ("Souss- Massa", "PROVINCE", "Souss-Massa", "MA"),
        ],
    ),
    (
        "Kota Medan bermitra dengan Ichikawa (1989), Gwangju (1997) dan Chengdu (2008).",
        [
            ("Medan", "CITY", "Medan", "ID"),
            ("Ichikawa", "CITY", "Ichikawa", "JP"),
            ("Gwangju", "CITY", "Gwangju", "KR"),
            ("Chengdu", "CITY", "Chengdu", "CN"),
        ],
    ),
    ("Teori itu dikembangkan Hamilton (2019) dan diuji ulang.", []),
    # a scan's misreading, one letter off a city of the country the sentence names
    (
        "The partnership between Banda Aceh and Samargand (Uzbekistan) began in 2011.",
        [
            ("Banda Aceh", "CITY", "Banda Aceh", "ID"),
            ("Samargand", "CITY", "Samarkand", "UZ"),
            ("Uzbekistan", "COUNTRY", "Uzbekistan", "UZ"),
        ],
    ),
    # family 4: an abbreviation of the title in brackets, an institution's acronym before
    # the name, an Indonesian word opening a sentence or standing for an alternate name
    (
        "Wali Kota (Wako) Pekanbaru terbang ke Kawasaki, Jepang.",
        [
            ("Pekanbaru", "CITY", "Pekanbaru", "ID"),
            ("Kawasaki", "CITY", "Kawasaki", "JP"),
            ("Jepang", "COUNTRY", "Japan", "JP"),
        ],
    ),
    (
        "Konsulat Jenderal RI (KJRI) Hamburg hadir di Kota Hildesheim, Jerman.",
        [("Hildesheim", "CITY", "Hildesheim", "DE"), ("Jerman", "COUNTRY", "Germany", "DE")],
    ),
    (
        "Kami ingin kerja sama sister city Kendari dengan kota di Jepang.",
        [("Kendari", "CITY", "Kendari", "ID"), ("Jepang", "COUNTRY", "Japan", "JP")],
    ),
    (
        "Wakil Kepala Urusan Ekonomi bertemu Wali Kota Malang dari Korea Selatan.",
        [("Malang", "CITY", "Malang", "ID"), ("Korea Selatan", "COUNTRY", "South Korea", "KR")],
    ),
    # near miss: the place itself in brackets after another name is still a place
    (
        "Kerja sama Kota Bogor dengan Kota Saint-Étienne (Prancis) berjalan.",
        [
            ("Bogor", "CITY", "Bogor", "ID"),
            ("Saint-Étienne", "CITY", "Saint-Étienne", "FR"),
            ("Prancis", "COUNTRY", "France", "FR"),
        ],
    ),
    # an abbreviation, once shown, is that title wherever it stands alone
    (
        "Wali Kota (Wako) Kendari berangkat. Wako bertemu Wali Kota Ichikawa di Jepang.",
        [
            ("Kendari", "CITY", "Kendari", "ID"),
            ("Ichikawa", "CITY", "Ichikawa", "JP"),
            ("Jepang", "COUNTRY", "Japan", "JP"),
        ],
    ),
    # near miss: a place's own abbreviation in brackets is that place
    (
        "Provinsi Jawa Timur (Jatim) bekerja sama dengan Osaka. Jatim mengirim pelajar.",
        [
            ("Jawa Timur", "PROVINCE", "Jawa Timur", "ID"),
            ("Jatim", "PROVINCE", "Jawa Timur", "ID"),
            ("Osaka", "CITY", "Osaka", "JP"),
            ("Jatim", "PROVINCE", "Jawa Timur", "ID"),
        ],
    ),
    # `Ibu Kota X` is the capital of X, no city named X
    (
        "Shah Alam adalah ibu kota Negri Selangor yang menjalin sister city dengan Kota Mataram.",
        [("Shah Alam", "CITY", "Shah Alam", "MY"), ("Mataram", "CITY", "Mataram", "ID")],
    ),
    # family 5: a small town written as the partner of an Indonesian place, with no country
    (
        "Kerja sama sister city antara Kota Kupang dengan Mossel Bay dimulai.",
        [("Kupang", "CITY", "Kupang", "ID"), ("Mossel Bay", "CITY", "Mossel Bay", "ZA")],
    ),
    # near miss: the same small town named alone, with no partner joined, stays unread
    ("Pelabuhan kecil Mossel Bay ramai pada musim panas.", []),
    # family 6: a province written in parts is the place of the joined name; the
    # special self-governing Korean provinces keep their -do name
    (
        "Provinsi Jawa Barat bertemu delegasi Provinsi Chung Cheong Buk-Do di Bandung.",
        [
            ("Jawa Barat", "PROVINCE", "Jawa Barat", "ID"),
            ("Chung Cheong Buk-Do", "PROVINCE", "Chungcheongbuk-do", "KR"),
            ("Bandung", "CITY", "Bandung", "ID"),
        ],
    ),
    (
        "The Special Region of Yogyakarta signed a sister province MoU with Gangwon, South Korea.",
        [
            ("Special Region of Yogyakarta", "PROVINCE", "Daerah Istimewa Yogyakarta", "ID"),
            ("Gangwon", "PROVINCE", "Gangwon-do", "KR"),
            ("South Korea", "COUNTRY", "South Korea", "KR"),
        ],
    ),
    # a regency's form and a pair: the city after the pair joiner gives no country to it
    (
        "Pemerintah Kabupaten Pelalawan merintis kota kembar antara Pelalawan-Melaka.",
        [
            ("Pelalawan", "CITY", "Pelalawan", "ID"),
            ("Pelalawan", "CITY", "Pelalawan", "ID"),
            ("Melaka", "CITY", "Malacca", "MY"),
        ],
    ),
]
MORE_TERMS = [
    (
        "Kedua pihak menandatangani nota kesepahaman di Balai Kota.",
        "AGREEMENT",
        [("nota kesepahaman", "mou")],
    ),
    (
        "Surat minat dikirim lebih dahulu sebelum perundingan.",
        "AGREEMENT",
        [("Surat minat", "loi")],
    ),
    (
        "Hubungan kota bersaudara itu diresmikan melalui perjanjian kerja sama.",
        "AGREEMENT",
        [("kota bersaudara", "sister_city"), ("perjanjian kerja sama", "agreement")],
    ),
    (
        "Jawa Tengah dan Queensland adalah provinsi kembar sejak lama.",
        "AGREEMENT",
        [("provinsi kembar", "sister_province")],
    ),
    (
        "The two cities became a friendship city pair.",
        "AGREEMENT",
        [("friendship city", "friendship_city")],
    ),
    (
        "A Memorandum of Understanding was signed after the Letter of Intent.",
        "AGREEMENT",
        [("Memorandum of Understanding", "mou"), ("Letter of Intent", "loi")],
    ),
    (
        "Sister city agreement itu ditandatangani kedua wali kota.",
        "AGREEMENT",
        [("Sister city agreement", "agreement")],
    ),
    (
        "Kota sahabat Bandung di Jepang adalah Hamamatsu.",
        "AGREEMENT",
        [("Kota sahabat", "friendship_city")],
    ),
    ("Perjanjian itu memuat klausul pemutusan.", "AGREEMENT", [("Perjanjian", "agreement")]),
    ("Kota kembar Medan bertambah satu.", "AGREEMENT", [("Kota kembar", "sister_city")]),
    (
        "Pemkot mengirim naskah pernyataan keinginan bersama kepada mitra.",
        "AGREEMENT",
        [("naskah pernyataan keinginan bersama", "loi")],
    ),
    (
        "Bidang kerja sama meliputi beasiswa, seni budaya, dan UMKM.",
        "SECTOR",
        [("beasiswa", "education"), ("seni budaya", "culture"), ("UMKM", "economy")],
    ),
    (
        "Fokusnya pada perikanan dan kelautan.",
        "SECTOR",
        [("perikanan", "maritime"), ("kelautan", "maritime")],
    ),
    (
        "Pertukaran pengetahuan tentang tata kelola dan smart city dibahas.",
        "SECTOR",
        [("tata kelola", "governance"), ("smart city", "technology")],
    ),
    (
        "Cooperation covers education, tourism and trade.",
        "SECTOR",
        [("education", "education"), ("tourism", "tourism"), ("trade", "trade")],
    ),
    (
        "Pelatihan penanggulangan bencana diberikan kepada relawan.",
        "SECTOR",
        [("penanggulangan bencana", "disaster")],
    ),
    (
        "Kedua kota berbagi pengalaman pengelolaan sampah dan perubahan iklim.",
        "SECTOR",
        [("pengelolaan sampah", "environment"), ("perubahan iklim", "environment")],
    ),
    (
        "Program magang bagi pemuda digelar di bidang pertanian.",
        "SECTOR",
        [("magang", "human_resources"), ("pemuda", "youth"), ("pertanian", "agriculture")],
    ),
    (
        "Investasi di sektor kesehatan meningkat.",
        "SECTOR",
        [("Investasi", "investment"), ("kesehatan", "health")],
    ),
    (
        "Atlet muda mengikuti turnamen olahraga persahabatan.",
        "SECTOR",
        [("Atlet", "sport"), ("olahraga", "sport")],
    ),
    (
        "Kerja sama transportasi dan infrastruktur pelabuhan dijajaki.",
        "SECTOR",
        [
            ("transportasi", "infrastructure"),
            ("infrastruktur", "infrastructure"),
            ("pelabuhan", "maritime"),
        ],
    ),
    (
        "Promosi pariwisata dan industri kreatif menjadi prioritas.",
        "SECTOR",
        [("pariwisata", "tourism"), ("industri kreatif", "creative_economy")],
    ),
    (
        "The partnership supports waste management and student exchange.",
        "SECTOR",
        [("waste management", "environment"), ("student exchange", "education")],
    ),
    (
        "Pelaku usaha kecil mengikuti pameran dagang di Busan.",
        "SECTOR",
        [("usaha", "economy"), ("pameran dagang", "trade")],
    ),
    ("Hubungan kedua kota tidak menyentuh bidang apa pun.", "SECTOR", []),
    (
        "Teknologi informasi dan pelayanan publik digital ditingkatkan.",
        "SECTOR",
        [
            ("Teknologi informasi", "technology"),
            ("pelayanan publik", "governance"),
            ("digital", "technology"),
        ],
    ),
]
