"""Catalogue material for the demo: real classics, word lists for made-up titles,
genres with their formats and call-number rules, Dewey classes and publishers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Classic:
    title: str
    author: str  # "Surname, First name"
    year: int
    genre: str
    audience: str = "adult"
    format: str = "book"
    subjects: str = ""
    isbn: str | None = None


#: Real works, always in the demo (several copies each, some also in large print or audio).
CLASSICS: tuple[Classic, ...] = (
    Classic(
        "L'Étranger",
        "Camus, Albert",
        1942,
        "roman",
        subjects="Algérie ; Absurde",
        isbn="9782070360024",
    ),
    Classic("La Peste", "Camus, Albert", 1947, "roman", subjects="Oran ; Épidémies"),
    Classic("Les Misérables", "Hugo, Victor", 1862, "roman", subjects="Paris ; Pauvreté"),
    Classic("Notre-Dame de Paris", "Hugo, Victor", 1831, "roman", subjects="Paris ; Moyen Âge"),
    Classic("Madame Bovary", "Flaubert, Gustave", 1857, "roman", subjects="Normandie ; Mariage"),
    Classic("Germinal", "Zola, Émile", 1885, "roman", subjects="Mines ; Grèves"),
    Classic("L'Assommoir", "Zola, Émile", 1877, "roman", subjects="Paris ; Alcoolisme"),
    Classic("Le Rouge et le Noir", "Stendhal", 1830, "roman", subjects="Ambition ; Restauration"),
    Classic("Le Père Goriot", "Balzac, Honoré de", 1835, "roman", subjects="Paris ; Paternité"),
    Classic("Eugénie Grandet", "Balzac, Honoré de", 1833, "roman", subjects="Avarice ; Province"),
    Classic("Bel-Ami", "Maupassant, Guy de", 1885, "roman", subjects="Presse ; Ambition"),
    Classic("Le Comte de Monte-Cristo", "Dumas, Alexandre", 1844, "roman", subjects="Vengeance"),
    Classic(
        "Les Trois Mousquetaires",
        "Dumas, Alexandre",
        1844,
        "roman",
        subjects="Aventure ; XVIIe siècle",
    ),
    Classic(
        "Vingt mille lieues sous les mers",
        "Verne, Jules",
        1870,
        "science-fiction",
        subjects="Océans ; Sous-marins",
    ),
    Classic(
        "Le Tour du monde en quatre-vingts jours", "Verne, Jules", 1872, "roman", subjects="Voyages"
    ),
    Classic("Le Grand Meaulnes", "Alain-Fournier", 1913, "roman", subjects="Adolescence ; Sologne"),
    Classic(
        "La Gloire de mon père", "Pagnol, Marcel", 1957, "biographie", subjects="Provence ; Enfance"
    ),
    Classic(
        "Le Château de ma mère", "Pagnol, Marcel", 1958, "biographie", subjects="Provence ; Enfance"
    ),
    Classic("Jean de Florette", "Pagnol, Marcel", 1962, "terroir", subjects="Provence ; Paysans"),
    Classic("Regain", "Giono, Jean", 1930, "terroir", subjects="Haute-Provence ; Paysans"),
    Classic("Le Hussard sur le toit", "Giono, Jean", 1951, "roman", subjects="Choléra ; Provence"),
    Classic(
        "L'homme qui plantait des arbres",
        "Giono, Jean",
        1953,
        "roman",
        subjects="Forêts ; Provence",
    ),
    Classic(
        "Voyage au bout de la nuit",
        "Céline, Louis-Ferdinand",
        1932,
        "roman",
        subjects="Guerre 1914-1918",
    ),
    Classic("La Condition humaine", "Malraux, André", 1933, "roman", subjects="Chine ; Révolution"),
    Classic(
        "Le Petit Prince",
        "Saint-Exupéry, Antoine de",
        1943,
        "jeunesse",
        "child",
        subjects="Amitié ; Aviation",
    ),
    Classic("Vol de nuit", "Saint-Exupéry, Antoine de", 1931, "roman", subjects="Aviation"),
    Classic("Bonjour tristesse", "Sagan, Françoise", 1954, "roman", subjects="Adolescence ; Été"),
    Classic(
        "Les Mémoires d'Hadrien", "Yourcenar, Marguerite", 1951, "roman", subjects="Rome antique"
    ),
    Classic("L'Amant", "Duras, Marguerite", 1984, "roman", subjects="Indochine"),
    Classic("La Place", "Ernaux, Annie", 1983, "biographie", subjects="Père ; Classes sociales"),
    Classic("Les Années", "Ernaux, Annie", 2008, "biographie", subjects="Mémoire ; France"),
    Classic(
        "W ou le Souvenir d'enfance",
        "Perec, Georges",
        1975,
        "biographie",
        subjects="Enfance ; Shoah",
    ),
    Classic("Les Choses", "Perec, Georges", 1965, "roman", subjects="Consommation"),
    Classic("Zazie dans le métro", "Queneau, Raymond", 1959, "roman", subjects="Paris ; Humour"),
    Classic("Le Horla", "Maupassant, Guy de", 1887, "roman", subjects="Fantastique ; Folie"),
    Classic("Le Chien jaune", "Simenon, Georges", 1931, "policier", subjects="Maigret ; Bretagne"),
    Classic(
        "Maigret et le corps sans tête",
        "Simenon, Georges",
        1955,
        "policier",
        subjects="Maigret ; Paris",
    ),
    Classic("Pietr le Letton", "Simenon, Georges", 1931, "policier", subjects="Maigret"),
    Classic(
        "Le Mystère de la chambre jaune",
        "Leroux, Gaston",
        1907,
        "policier",
        subjects="Énigme en chambre close",
    ),
    Classic(
        "Arsène Lupin, gentleman-cambrioleur",
        "Leblanc, Maurice",
        1907,
        "policier",
        subjects="Cambrioleurs",
    ),
    Classic("Dix petits nègres", "Christie, Agatha", 1939, "policier", subjects="Île ; Énigme"),
    Classic(
        "Le Crime de l'Orient-Express",
        "Christie, Agatha",
        1934,
        "policier",
        subjects="Hercule Poirot ; Trains",
    ),
    Classic("Fondation", "Asimov, Isaac", 1951, "science-fiction", subjects="Empire galactique"),
    Classic("Dune", "Herbert, Frank", 1965, "science-fiction", subjects="Désert ; Écologie"),
    Classic(
        "La Planète des singes",
        "Boulle, Pierre",
        1963,
        "science-fiction",
        subjects="Singes ; Voyages dans l'espace",
    ),
    Classic(
        "Fahrenheit 451", "Bradbury, Ray", 1953, "science-fiction", subjects="Censure ; Livres"
    ),
    Classic("1984", "Orwell, George", 1949, "science-fiction", subjects="Totalitarisme"),
    Classic(
        "Le Seigneur des anneaux", "Tolkien, J. R. R.", 1954, "fantasy", subjects="Terre du Milieu"
    ),
    Classic(
        "Des grives aux loups", "Michelet, Claude", 1979, "terroir", subjects="Corrèze ; Paysans"
    ),
    Classic(
        "Les Vignes de Sainte-Colombe",
        "Signol, Christian",
        1996,
        "terroir",
        subjects="Languedoc ; Vigne",
    ),
    Classic(
        "La Rivière Espérance", "Signol, Christian", 1990, "terroir", subjects="Dordogne ; Gabares"
    ),
    Classic(
        "Gaspard des montagnes", "Pourrat, Henri", 1922, "terroir", subjects="Auvergne ; Livradois"
    ),
    Classic(
        "Une pomme oubliée", "Anglade, Jean", 1969, "terroir", subjects="Auvergne ; Vieillesse"
    ),
    Classic(
        "La Poussière des corons", "Armand, Marie-Paul", 1985, "terroir", subjects="Nord ; Mines"
    ),
    Classic(
        "Harry Potter à l'école des sorciers",
        "Rowling, J. K.",
        1997,
        "fantasy",
        "young_adult",
        subjects="Sorciers ; Écoles",
    ),
    Classic(
        "Le Journal d'Anne Frank",
        "Frank, Anne",
        1947,
        "biographie",
        "young_adult",
        subjects="Shoah ; Amsterdam",
    ),
    Classic(
        "Le Petit Nicolas", "Goscinny, René", 1959, "jeunesse", "child", subjects="École ; Humour"
    ),
    Classic(
        "Astérix le Gaulois", "Goscinny, René", 1961, "bd", "child", "comic", "Gaulois ; Romains"
    ),
    Classic(
        "Astérix chez les Arvernes",
        "Goscinny, René",
        1965,
        "bd",
        "child",
        "comic",
        "Auvergne ; Gaulois",
    ),
    Classic("Tintin au Tibet", "Hergé", 1960, "bd", "child", "comic", "Tibet ; Amitié"),
    Classic("Les Cigares du pharaon", "Hergé", 1934, "bd", "child", "comic", "Égypte"),
    Classic(
        "Le Bleu est une couleur chaude",
        "Maroh, Julie",
        2010,
        "bd",
        "young_adult",
        "comic",
        "Amour",
    ),
    Classic("Persepolis", "Satrapi, Marjane", 2000, "bd", "adult", "comic", "Iran ; Révolution"),
    Classic("Chanson douce", "Slimani, Leïla", 2016, "roman", subjects="Nourrices ; Paris"),
    Classic(
        "Au revoir là-haut",
        "Lemaitre, Pierre",
        2013,
        "roman",
        subjects="Guerre 1914-1918 ; Escroquerie",
    ),
    Classic(
        "L'Élégance du hérisson", "Barbery, Muriel", 2006, "roman", subjects="Paris ; Concierges"
    ),
    Classic(
        "La Vérité sur l'affaire Harry Quebert",
        "Dicker, Joël",
        2012,
        "policier",
        subjects="Écrivains ; New Hampshire",
    ),
    Classic(
        "Les Rivières pourpres",
        "Grangé, Jean-Christophe",
        1998,
        "policier",
        subjects="Alpes ; Enquête",
    ),
    Classic("Les Fables", "La Fontaine, Jean de", 1668, "poésie", subjects="Fables"),
    Classic(
        "Les Fleurs du mal", "Baudelaire, Charles", 1857, "poésie", subjects="Poésie française"
    ),
    Classic("Alcools", "Apollinaire, Guillaume", 1913, "poésie", subjects="Poésie française"),
    Classic("Le Malade imaginaire", "Molière", 1673, "théâtre", subjects="Comédie ; Médecins"),
    Classic("Cyrano de Bergerac", "Rostand, Edmond", 1897, "théâtre", subjects="Comédie héroïque"),
    Classic(
        "Intouchables",
        "Nakache, Olivier",
        2011,
        "comédie",
        format="dvd",
        subjects="Amitié ; Handicap",
    ),
    Classic(
        "Les Choristes",
        "Barratier, Christophe",
        2004,
        "drame",
        format="dvd",
        subjects="Internat ; Chorales",
    ),
    Classic(
        "Bienvenue chez les Ch'tis",
        "Boon, Dany",
        2008,
        "comédie",
        format="dvd",
        subjects="Nord ; Poste",
    ),
    Classic(
        "La Grande Vadrouille", "Oury, Gérard", 1966, "comédie", format="dvd", subjects="Occupation"
    ),
    Classic(
        "Le Fabuleux Destin d'Amélie Poulain",
        "Jeunet, Jean-Pierre",
        2001,
        "comédie",
        format="dvd",
        subjects="Montmartre",
    ),
    Classic(
        "Le Père Noël est une ordure",
        "Poiré, Jean-Marie",
        1982,
        "comédie",
        format="dvd",
        subjects="Noël ; Humour",
    ),
    Classic(
        "Jean de Florette",
        "Berri, Claude",
        1986,
        "drame",
        format="dvd",
        subjects="Provence ; Paysans",
    ),
    Classic(
        "Le Voyage de Chihiro",
        "Miyazaki, Hayao",
        2001,
        "film d'animation",
        "child",
        "dvd",
        "Esprits ; Japon",
    ),
)

#: Genre → (weight, audience weights, format weights, call-number prefix).
#: Audiences and formats are (value, weight) pairs.
GENRES: dict[str, tuple[int, tuple[tuple[str, int], ...], tuple[tuple[str, int], ...], str]] = {
    "roman": (
        26,
        (("adult", 9), ("young_adult", 1)),
        (("book", 16), ("large_print", 3), ("audiobook", 2)),
        "R",
    ),
    "policier": (16, (("adult", 1),), (("book", 15), ("large_print", 3), ("audiobook", 2)), "RP"),
    "science-fiction": (5, (("adult", 3), ("young_adult", 1)), (("book", 1),), "SF"),
    "fantasy": (4, (("adult", 1), ("young_adult", 2)), (("book", 1),), "SF"),
    "terroir": (8, (("adult", 1),), (("book", 10), ("large_print", 5), ("audiobook", 1)), "RT"),
    "historique": (5, (("adult", 1),), (("book", 5), ("large_print", 1)), "RH"),
    "biographie": (4, (("adult", 1),), (("book", 6), ("large_print", 1), ("audiobook", 1)), "B"),
    "documentaire": (14, (("adult", 5), ("child", 2)), (("book", 1),), ""),
    "jeunesse": (12, (("child", 3), ("young_adult", 1)), (("book", 8), ("audiobook", 1)), "J"),
    "bd": (9, (("child", 3), ("young_adult", 1), ("adult", 2)), (("comic", 1),), "BD"),
    "poésie": (1, (("adult", 1),), (("book", 1),), "P"),
    "théâtre": (1, (("adult", 1),), (("book", 1),), "T"),
    "comédie": (3, (("adult", 1),), (("dvd", 1),), "F"),
    "drame": (2, (("adult", 1),), (("dvd", 1),), "F"),
    "film d'animation": (2, (("child", 1),), (("dvd", 1),), "F"),
    "musique": (2, (("adult", 1),), (("music_cd", 1),), "CD"),
    "magazine": (3, (("adult", 4), ("child", 1)), (("magazine", 1),), "PER"),
}

#: Fiction genres (call number "R CAM" style) as opposed to non-fiction (Dewey).
FICTION_GENRES = frozenset(
    {
        "roman",
        "policier",
        "science-fiction",
        "fantasy",
        "terroir",
        "historique",
        "jeunesse",
        "bd",
        "poésie",
        "théâtre",
    }
)

#: Dewey class → (subjects, title patterns). ``{x}`` takes a word from the topic list.
DEWEY: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "944.59",
        "Auvergne ; Histoire",
        (
            "Histoire de l'Auvergne",
            "L'Auvergne au Moyen Âge",
            "Les Arvernes",
            "Vercingétorix et Gergovie",
            "Clermont-Ferrand, deux mille ans d'histoire",
        ),
    ),
    (
        "914.459",
        "Auvergne ; Randonnée",
        (
            "Randonnées dans le Sancy",
            "Balades en Livradois-Forez",
            "Les plus beaux villages d'Auvergne",
            "Sentiers des Combrailles",
            "La chaîne des Puys à pied",
        ),
    ),
    (
        "551.21",
        "Volcans",
        (
            "Volcans d'Auvergne",
            "Comprendre les volcans",
            "La chaîne des Puys, patrimoine mondial",
            "Les volcans du Massif central",
        ),
    ),
    (
        "635",
        "Jardinage",
        (
            "Le potager en permaculture",
            "Le guide du jardin potager",
            "Tailler ses arbres fruitiers",
            "Un jardin sans arrosage",
            "Les légumes oubliés",
        ),
    ),
    (
        "641.594",
        "Cuisine ; Auvergne",
        (
            "La cuisine auvergnate",
            "Recettes de nos grands-mères",
            "Fromages d'Auvergne",
            "La truffade et autres recettes du pays",
            "Cuisine du marché",
        ),
    ),
    (
        "641.5",
        "Cuisine",
        (
            "Cuisiner de saison",
            "Desserts faciles",
            "La cuisine végétarienne au quotidien",
            "Cuisiner pour deux",
        ),
    ),
    (
        "796.5",
        "Randonnée",
        (
            "Randonner en montagne",
            "Le guide du randonneur",
            "Marcher sur les chemins de Compostelle",
        ),
    ),
    (
        "598",
        "Oiseaux",
        ("Les oiseaux de nos jardins", "Guide des oiseaux de France", "Reconnaître les rapaces"),
    ),
    (
        "582.16",
        "Arbres",
        ("Les arbres de nos forêts", "Reconnaître les arbres", "La vie secrète des arbres"),
    ),
    ("636.7", "Chiens", ("Éduquer son chien", "Le chien de A à Z")),
    ("636.8", "Chats", ("Le chat, mode d'emploi", "Comprendre son chat")),
    (
        "940.53",
        "Guerre 1939-1945",
        (
            "La Résistance en Auvergne",
            "Le maquis du Mont-Mouchet",
            "La France occupée",
            "Vichy, 1940-1944",
        ),
    ),
    ("940.3", "Guerre 1914-1918", ("Les poilus d'Auvergne", "Verdun, 1916", "Lettres de poilus")),
    (
        "746.43",
        "Tricot",
        ("Tricoter pour les petits", "Le grand livre du tricot", "Crochet facile"),
    ),
    ("613.2", "Nutrition", ("Bien manger à tout âge", "L'alimentation au quotidien")),
    (
        "158.1",
        "Développement personnel",
        ("Prendre soin de soi", "L'art de la sieste", "Vivre en pleine conscience"),
    ),
    (
        "004",
        "Informatique",
        (
            "Internet pour les seniors",
            "Bien débuter avec sa tablette",
            "Le smartphone pour les nuls",
        ),
    ),
    (
        "630",
        "Agriculture",
        ("L'élevage de la Salers", "La vie à la ferme autrefois", "Paysans d'Auvergne"),
    ),
    (
        "728.6",
        "Architecture rurale",
        ("Burons et fermes d'Auvergne", "Les maisons de pays", "Restaurer une maison ancienne"),
    ),
    (
        "398.2",
        "Contes ; Auvergne",
        ("Contes et légendes d'Auvergne", "Contes populaires du Massif central"),
    ),
    ("520", "Astronomie", ("Observer le ciel", "Les étoiles et les planètes")),
    ("333.7", "Environnement", ("Le climat change", "Zéro déchet au quotidien")),
    ("306.85", "Famille", ("Grands-parents aujourd'hui", "La famille recomposée")),
    ("782.42", "Chanson française", ("Brassens, les chansons", "Cent ans de chanson française")),
)

#: Magazine titles (a record per issue).
MAGAZINES: tuple[tuple[str, str, str], ...] = (
    ("Géo", "adult", "Géographie ; Voyages"),
    ("Notre Temps", "adult", "Seniors ; Vie pratique"),
    ("Pleine Vie", "adult", "Seniors ; Vie pratique"),
    ("Rustica", "adult", "Jardinage"),
    ("Science & Vie", "adult", "Sciences"),
    ("L'Auvergnat de Paris", "adult", "Auvergne"),
    ("Terre Sauvage", "adult", "Nature"),
    ("Marie Claire Idées", "adult", "Loisirs créatifs"),
    ("J'aime lire", "child", "Lecture"),
    ("Wapiti", "child", "Nature"),
    ("Okapi", "child", "Actualité"),
)

PUBLISHERS: tuple[str, ...] = (
    "Gallimard",
    "Gallimard",
    "Folio",
    "Le Livre de Poche",
    "Le Livre de Poche",
    "Pocket",
    "Albin Michel",
    "Robert Laffont",
    "Flammarion",
    "Grasset",
    "Seuil",
    "Actes Sud",
    "Calmann-Lévy",
    "Presses de la Cité",
    "De Borée",
    "Éditions du Rouergue",
    "J'ai lu",
    "Points",
    "Stock",
    "Fayard",
    "Julliard",
    "L'Archipel",
    "XO Éditions",
)
PUBLISHERS_LARGE_PRINT = ("Éditions de la Loupe", "Feryane", "À vue d'œil", "Voir de près")
PUBLISHERS_AUDIO = ("Audiolib", "Lizzie", "Gallimard Audio", "Sixtrid")
PUBLISHERS_YOUTH = (
    "L'École des loisirs",
    "Gallimard Jeunesse",
    "Nathan",
    "Bayard Jeunesse",
    "Milan",
    "Flammarion Jeunesse",
)
PUBLISHERS_COMICS = ("Dargaud", "Dupuis", "Casterman", "Glénat", "Delcourt", "Le Lombard", "Bamboo")
PUBLISHERS_DVD = (
    "Pathé",
    "Gaumont",
    "StudioCanal",
    "TF1 Vidéo",
    "Arte Éditions",
    "France Télévisions Distribution",
)
PUBLISHERS_MAGAZINES = (
    "Prisma Media",
    "Bayard Presse",
    "Milan Presse",
    "Uni-Éditions",
    "Mondadori France",
)
PUBLISHERS_MUSIC = ("Universal Music", "Sony Music", "Warner Music", "Naïve", "Harmonia Mundi")

# Words for made-up titles ------------------------------------------------------

NOUNS_M = (
    "secret",
    "silence",
    "jardin",
    "village",
    "moulin",
    "chemin",
    "hiver",
    "été",
    "vent",
    "souvenir",
    "retour",
    "pays",
    "voyage",
    "château",
    "passage",
    "domaine",
    "lac",
    "puy",
    "buron",
    "col",
    "ruisseau",
    "carnet",
    "mensonge",
    "crépuscule",
    "verger",
    "fils",
    "testament",
    "serment",
    "héritage",
    "troupeau",
    "clocher",
    "facteur",
    "instituteur",
)
NOUNS_F = (
    "maison",
    "rivière",
    "nuit",
    "mémoire",
    "promesse",
    "ferme",
    "forêt",
    "montagne",
    "lumière",
    "saison",
    "source",
    "vallée",
    "colline",
    "route",
    "lettre",
    "fille",
    "veuve",
    "brume",
    "neige",
    "moisson",
    "tempête",
    "cloche",
    "frontière",
    "fontaine",
    "grange",
    "dentellière",
    "institutrice",
    "aube",
    "chapelle",
    "étoile",
    "ombre",
)
#: Adjectives that come before the noun ("Le Dernier Été") and after it ("Le Moulin perdu").
ADJECTIVES_BEFORE_M = ("dernier", "grand", "petit", "vieux", "premier", "beau")
ADJECTIVES_BEFORE_F = ("dernière", "grande", "petite", "vieille", "première", "belle")
ADJECTIVES_AFTER_M = (
    "perdu",
    "noir",
    "blanc",
    "secret",
    "oublié",
    "silencieux",
    "éternel",
    "lointain",
    "froid",
    "interdit",
)
ADJECTIVES_AFTER_F = (
    "perdue",
    "noire",
    "blanche",
    "secrète",
    "oubliée",
    "silencieuse",
    "éternelle",
    "lointaine",
    "froide",
    "interdite",
)
PLACES = (
    "Saint-Amant",
    "la Margeride",
    "Val-des-Prés",
    "Chambon",
    "la Sioule",
    "Mont-Dore",
    "Vollore",
    "la Dore",
    "Thiers",
    "Ambert",
    "Brioude",
    "l'Artense",
    "Lachamp",
    "Pierre-sur-Haute",
    "Vic",
    "la Combe",
    "Lascaux",
    "Marseille",
    "Lisbonne",
    "Venise",
    "Montréal",
    "Saint-Flour",
    "Aurillac",
    "Rochebrune",
    "Sainte-Claire",
    "Bellevue",
)
CRIME_WORDS = (
    "Meurtre",
    "Mort",
    "Crime",
    "Disparition",
    "Sang",
    "Enquête",
    "Piège",
    "Cadavre",
    "Vengeance",
    "Poison",
    "Fugue",
    "Chantage",
    "Rançon",
)
SF_WORDS = (
    "Hypérion",
    "Andromède",
    "Nova",
    "Orion",
    "Titan",
    "Europa",
    "Kepler",
    "Proxima",
    "Arcturus",
    "Vega",
    "Sirius",
    "Cygnus",
    "Lyra",
    "Tycho",
    "Oméga",
)
ANIMALS = (
    ("le", "lapin"),
    ("la", "souris"),
    ("le", "loup"),
    ("la", "grenouille"),
    ("le", "hérisson"),
    ("la", "vache"),
    ("le", "renard"),
    ("l'", "ours"),
    ("la", "tortue"),
    ("le", "chat"),
    ("la", "poule"),
    ("le", "dragon"),
    ("la", "chouette"),
    ("l'", "éléphant"),
)
CHILD_VERBS = (
    "qui ne voulait pas dormir",
    "va à l'école",
    "a peur du noir",
    "fête son anniversaire",
    "part en vacances",
    "cherche un ami",
    "et la grande tempête",
    "et le trésor perdu",
    "apprend à nager",
    "veut être grand",
    "et les couleurs",
    "au marché",
)
FAMOUS = (
    "Vercingétorix",
    "Blaise Pascal",
    "George Sand",
    "Marie Curie",
    "Victor Hugo",
    "Jean Moulin",
    "Simone Veil",
    "Édith Piaf",
    "Charles de Gaulle",
    "Napoléon",
    "Jeanne d'Arc",
    "Louis Pasteur",
    "Colette",
    "Coco Chanel",
    "Gustave Eiffel",
    "les frères Michelin",
    "Lucie Aubrac",
    "Joséphine Baker",
    "Jacques Brel",
)
BIO_EPITHETS = (
    "une vie",
    "l'insoumise",
    "le rebelle",
    "la passion",
    "les années de jeunesse",
    "un destin",
    "portrait intime",
    "le combat d'une vie",
    "la légende",
)
SERIES_BD = (
    "Les Vieux Fourneaux",
    "Les Petits Contes du Massif",
    "Les Gendarmes de Besse",
    "Les Légendaires d'Auvergne",
    "Ana et les volcans",
    "Les Enquêtes de l'inspecteur Chabrier",
    "Les Bergers du Sancy",
    "Capitaine Nova",
    "La Ferme des Quatre-Vents",
)
MUSIC_ARTISTS = (
    "Brassens, Georges",
    "Brel, Jacques",
    "Barbara",
    "Ferrat, Jean",
    "Piaf, Édith",
    "Souchon, Alain",
    "Cabrel, Francis",
    "Goldman, Jean-Jacques",
    "Sardou, Michel",
    "Aznavour, Charles",
    "Dassin, Joe",
    "Renaud",
    "Zaz",
    "Stromae",
    "Bourrée d'Auvergne (ensemble)",
)
MUSIC_TITLES = (
    "Les plus belles chansons",
    "Intégrale",
    "Best of",
    "En concert",
    "Les années d'or",
    "Chansons d'amour",
    "Bourrées et cabrettes",
    "Musiques traditionnelles d'Auvergne",
)
