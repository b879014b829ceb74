using System;
using System.Collections.Generic;

namespace NewsGen.Parsing.Quotes;

/// <summary>
/// Word lists for reading names in news prose: capitalised words that are not names, titles that precede
/// names, role nouns, name particles and common given names (for he/she agreement only).
/// </summary>
internal static class NameLexicon
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;
    private static readonly StringComparer IgnoreCase = StringComparer.OrdinalIgnoreCase;

    // Capitalised at a sentence start or by convention, but never part of a person's name.
    private static readonly HashSet<string> NotNames = new(Ordinal)
    {
        "The", "A", "An", "But", "And", "Or", "Nor", "So", "Yet", "However", "Meanwhile", "Still", "Also", "Then", "Now",
        "In", "On", "At", "For", "With", "Without", "From", "To", "Of", "By", "About", "Into", "After", "Before", "During",
        "Despite", "Although", "Though", "While", "When", "Whether", "If", "As", "Because", "Since", "Until", "Unless",
        "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your", "Him", "Them",
        "This", "That", "These", "Those", "There", "Here", "What", "Who", "Whom", "Which", "Why", "How", "Where",
        "Asked", "Said", "Says", "Speaking", "Later", "Earlier", "Last", "Next", "Some", "Many", "Most", "Several", "Other", "Others",
        "Such", "According", "Instead", "Indeed", "Yes", "No", "Not", "Even", "Only", "Just", "Both", "Each", "Every",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
    };

    // Titles and offices written before a name ("Attorney General Jeff Sessions", "Sen. Elizabeth Warren").
    private static readonly HashSet<string> Titles = new(IgnoreCase)
    {
        "President", "Vice", "Attorney", "General", "Secretary", "Senator", "Sen.", "Representative", "Rep.", "Governor",
        "Gov.", "Mayor", "Judge", "Justice", "Prime", "Minister", "Chancellor", "Chief", "Deputy", "Speaker", "Leader",
        "Commissioner", "Director", "Inspector", "Detective", "Det.", "Officer", "Chairman", "Chairwoman", "Chair",
        "Ambassador", "Councilman", "Councilwoman", "Councillor", "Congressman", "Congresswoman", "Assemblyman",
        "Assemblywoman", "Premier", "Pope", "King", "Queen", "Prince", "Princess", "Lord", "Lady", "Sir", "Dame",
        "Rev.", "Reverend", "Bishop", "Archbishop", "Cardinal", "Father", "Sister", "Rabbi", "Imam", "Coach", "Professor",
        "Prof.", "Dr.", "Gen.", "Lt.", "Col.", "Capt.", "Cmdr.", "Sgt.", "Adm.", "Maj.", "Captain", "Colonel",
        "Lieutenant", "Sergeant", "Admiral", "Major", "Commander", "Superintendent", "Supt.", "Sheriff", "Constable",
        "Foreign", "Defense", "Defence", "Home", "Health", "Finance", "Treasury", "State", "Interior", "Homeland",
        "Security", "Education", "Energy", "Transportation", "Commerce", "Labor", "Labour", "Agriculture", "Culture",
        "Trade", "Environment", "Press", "Communications", "Majority", "Minority", "House", "Senate", "Former", "Acting",
        "Opposition", "Shadow", "Executive", "Managing", "Police", "Fire", "Army", "Navy", "Private", "Pvt.",
        "Mr.", "Mrs.", "Ms.", "Mx.", "Miss", "Mr", "Mrs", "Ms", "Dr",
    };

    // Courtesy titles: dropped from the name and not a role, but they tell the gender.
    private static readonly Dictionary<string, Gender> Honorifics = new(Ordinal)
    {
        ["Mr."] = Gender.Male, ["Mr"] = Gender.Male, ["Mrs."] = Gender.Female, ["Mrs"] = Gender.Female,
        ["Ms."] = Gender.Female, ["Ms"] = Gender.Female, ["Miss"] = Gender.Female, ["Mx."] = Gender.Unknown,
    };

    // Lower-case words that end a description of someone's job ("White House press secretary").
    private static readonly HashSet<string> RoleNouns = new(IgnoreCase)
    {
        "director", "secretary", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "senator",
        "governor", "mayor", "chairman", "chairwoman", "chair", "chief", "officer", "adviser", "advisor", "analyst",
        "professor", "economist", "lawyer", "attorney", "counsel", "general", "commissioner", "executive", "founder",
        "leader", "strategist", "ambassador", "judge", "aide", "official", "researcher", "scientist", "candidate",
        "manager", "coach", "correspondent", "editor", "reporter", "author", "historian", "deputy", "representative",
        "lawmaker", "congressman", "congresswoman", "prosecutor", "detective", "inspector", "sheriff",
        "superintendent", "principal", "doctor", "nurse", "surgeon", "expert", "activist", "organizer", "organiser",
        "owner", "captain", "commander", "head", "partner", "member", "vice-president", "chancellor", "premier",
        "constable", "investigator", "physician", "pastor", "priest", "teacher", "student", "resident",
        "witness", "survivor", "mother", "father", "daughter", "son", "wife", "husband", "sister", "brother",
        "delegate", "striker", "midfielder", "defender", "goalkeeper", "player", "curator", "consultant",
        "columnist", "commentator", "pollster", "negotiator", "envoy", "diplomat", "campaigner", "CEO",
        "chairperson", "councillor", "councilman", "councilwoman", "MP", "MEP", "producer", "singer", "actor",
        "actress", "writer", "novelist", "farmer", "engineer", "architect", "trader", "banker", "investor",
        "headteacher", "headmaster", "headmistress",
    };

    // Endings that make a lower-case word a profession whatever its stem: meteorologist, epidemiologist;
    // politician, physician, statistician. No everyday non-person word ends this way.
    private static readonly string[] RoleNounEndings = { "ologist", "ician" };

    // Last words of capitalised phrases that name institutions, not people: "the Defence Ministry said",
    // "Fennimore Group said". A phrase that starts with a known given name is still a person ("Margaret Court").
    private static readonly HashSet<string> OrganisationNouns = new(Ordinal)
    {
        "Ministry", "Department", "Office", "Agency", "Council", "Commission", "Committee", "Company", "Corporation",
        "Corp", "Inc", "Ltd", "plc", "PLC", "Group", "Bank", "Service", "University", "Court", "Party",
        "Government", "Union", "Association", "Board", "Authority", "Institute", "Foundation", "Bureau",
        "Administration", "Organisation", "Organization", "Federation", "Police", "Force", "Club", "Hospital", "Trust",
    };

    // Role nouns that tell the gender of the person they describe.
    private static readonly Dictionary<string, Gender> GenderedNouns = new(IgnoreCase)
    {
        ["spokesman"] = Gender.Male, ["spokeswoman"] = Gender.Female, ["chairman"] = Gender.Male, ["chairwoman"] = Gender.Female,
        ["congressman"] = Gender.Male, ["congresswoman"] = Gender.Female, ["councilman"] = Gender.Male, ["councilwoman"] = Gender.Female,
        ["assemblyman"] = Gender.Male, ["assemblywoman"] = Gender.Female, ["actress"] = Gender.Female, ["actor"] = Gender.Male,
        ["mother"] = Gender.Female, ["father"] = Gender.Male, ["daughter"] = Gender.Female, ["son"] = Gender.Male,
        ["wife"] = Gender.Female, ["husband"] = Gender.Male, ["sister"] = Gender.Female, ["brother"] = Gender.Male,
        ["king"] = Gender.Male, ["queen"] = Gender.Female, ["prince"] = Gender.Male, ["princess"] = Gender.Female,
        ["lord"] = Gender.Male, ["lady"] = Gender.Female, ["sir"] = Gender.Male, ["dame"] = Gender.Female,
        ["businessman"] = Gender.Male, ["businesswoman"] = Gender.Female, ["policeman"] = Gender.Male, ["policewoman"] = Gender.Female,
    };

    // Lower-case parts of surnames: Ursula von der Leyen, Charles de Gaulle.
    private static readonly HashSet<string> Particles = new(Ordinal)
    {
        "de", "van", "von", "der", "den", "da", "del", "della", "di", "du", "la", "le", "al", "bin", "ibn", "bint", "dos", "das", "ter",
    };

    private static readonly HashSet<string> Suffixes = new(Ordinal) { "Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV" };

    // Common given names in English-language news, used only to tell "he" from "she".
    private static readonly HashSet<string> MaleNames = new(Ordinal)
    {
        "Aaron", "Adam", "Alan", "Albert", "Alex", "Alexander", "Andrew", "Anthony", "Antonio", "Arthur", "Ben", "Benjamin",
        "Bernie", "Bill", "Bob", "Boris", "Brad", "Brandon", "Brian", "Bruce", "Carl", "Carlos", "Charles", "Chris",
        "Christopher", "Chuck", "Dan", "Daniel", "Dave", "David", "Dennis", "Donald", "Doug", "Douglas", "Ed", "Edward",
        "Emmanuel", "Eric", "Frank", "Fred", "Gary", "George", "Gordon", "Greg", "Gregory", "Harry", "Henry", "Hugh",
        "Ian", "Jack", "Jacob", "Jake", "James", "Jason", "Jeff", "Jeffrey", "Jeremy", "Jerome", "Jim", "Joe", "John",
        "Jonathan", "Jose", "Joseph", "Josh", "Juan", "Justin", "Keir", "Keith", "Ken", "Kenneth", "Kevin", "Larry",
        "Lee", "Luis", "Marco", "Mark", "Martin", "Matt", "Matthew", "Michael", "Mike", "Mitch", "Nathan",
        "Neil", "Nicholas", "Nick", "Olaf", "Oliver", "Patrick", "Paul", "Pedro", "Peter", "Philip", "Ralph", "Raymond",
        "Reince", "Richard", "Rick", "Rishi", "Rob", "Robert", "Roger", "Ron", "Ronald", "Ryan", "Sam", "Samuel", "Scott",
        "Sean", "Sergei", "Simon", "Stephen", "Steve", "Steven", "Ted", "Thomas", "Tim", "Timothy", "Tom", "Tony",
        "Vladimir", "Walter", "Wayne", "William", "Xi", "Yusuf", "Ahmed", "Mohammed", "Muhammad", "Omar", "Hassan",
        "Ali", "Rahul", "Raj", "Hiroshi", "Kenji", "Wei", "Liam", "Noah", "Ethan", "Luke", "Owen", "Graham", "Nigel",
        "Rupert", "Angus", "Callum", "Alistair", "Declan", "Kwame", "Emeka", "Javier", "Miguel",
    };

    private static readonly HashSet<string> FemaleNames = new(Ordinal)
    {
        "Alice", "Alison", "Amanda", "Amy", "Andrea", "Angela", "Ann", "Anna", "Anne", "Barbara", "Betsy", "Betty",
        "Carol", "Caroline", "Catherine", "Charlotte", "Christine", "Claire", "Diana", "Diane", "Donna", "Elizabeth",
        "Ellen", "Emily", "Emma", "Hannah", "Heather", "Helen", "Hillary", "Ivanka", "Jacinda", "Jane", "Janet", "Jennifer",
        "Jessica", "Jill", "Joan", "Judith", "Julia", "Julie", "Karen", "Kamala", "Kate", "Katherine", "Kathleen", "Kathy",
        "Kelly", "Kellyanne", "Kim", "Laura", "Linda", "Lisa", "Liz", "Lucy", "Margaret", "Maria", "Marie", "Mary",
        "Megan", "Melania", "Melissa", "Michelle", "Nancy", "Nicola", "Nicole", "Olivia", "Pamela", "Patricia", "Priti",
        "Rachel", "Rebecca", "Rosa", "Ruth", "Sandra", "Sarah", "Sharon", "Sophie", "Stephanie", "Susan", "Suzanne",
        "Theresa", "Ursula", "Victoria", "Ngozi", "Aisha", "Fatima", "Priya", "Yuki", "Mei",
        "Sofia", "Isabel", "Lucia", "Carmen", "Ana", "Grace", "Chloe", "Zoe", "Fiona", "Siobhan", "Kirsty", "Aoife",
        "Amina", "Chiara", "Ingrid", "Greta", "Marine", "Giorgia", "Jacqueline", "Wendy", "Louise", "Eleanor",
    };

    public static bool IsNotName(string word) => NotNames.Contains(word);

    // Capitalised words that open a sentence as a group of speakers: "Police said", "Staff told".
    private static readonly HashSet<string> GroupWords = new(Ordinal)
    {
        "Police", "Staff", "People", "Everyone", "Everybody", "Nobody", "Few", "All", "Neither", "Either", "Anyone",
        "Officials", "Sources", "Aides", "Witnesses", "Voters", "Others", "Parents", "Locals", "Experts", "Insiders",
    };

    // Plural endings of the nouns that name groups: critics, officials, residents, analysts, republicans, leaders.
    private static readonly string[] GroupEndings = { "ers", "ors", "ists", "ysts", "ians", "ans", "ents", "ants", "ics", "als", "ives", "ates", "ees", "ies", "ites" };

    /// <summary>
    /// True for a capitalised sentence-opening word that reads as a group of speakers rather than a surname:
    /// "Critics", "Officials", "Residents", "Democrats", "Police". Surnames with those endings ("Sanders",
    /// "Rogers") are found by their full name first; this decides only for a word the article never introduced.
    /// </summary>
    public static bool LooksLikeGroup(string word)
    {
        if (GroupWords.Contains(word))
        {
            return true;
        }

        foreach (string ending in GroupEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsTitle(string word) => Titles.Contains(word);

    public static bool IsHonorific(string word) => Honorifics.ContainsKey(word);

    public static bool IsRoleNoun(string word)
    {
        if (RoleNouns.Contains(word))
        {
            return true;
        }

        foreach (string ending in RoleNounEndings)
        {
            if (word.Length > ending.Length + 2 && char.IsLower(word[0]) && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsOrganisationNoun(string word) => OrganisationNouns.Contains(word);

    public static bool IsParticle(string word) => Particles.Contains(word);

    public static bool IsSuffix(string word) => Suffixes.Contains(word);

    /// <summary>The gender a given name, honorific or gendered noun shows; <see cref="Gender.Unknown"/> otherwise.</summary>
    public static Gender GenderOf(string word)
    {
        if (MaleNames.Contains(word))
        {
            return Gender.Male;
        }

        if (FemaleNames.Contains(word))
        {
            return Gender.Female;
        }

        if (Honorifics.TryGetValue(word, out Gender honorific))
        {
            return honorific;
        }

        return GenderedNouns.TryGetValue(word, out Gender noun) ? noun : Gender.Unknown;
    }

    /// <summary>True for a given name in the lists above: evidence that a capitalised phrase names a person.</summary>
    public static bool IsGivenName(string word) => MaleNames.Contains(word) || FemaleNames.Contains(word);

    /// <summary>The gender of a third-person subject pronoun, or null for any other word.</summary>
    public static Gender? PronounGender(string word) => word switch
    {
        "he" or "He" => Gender.Male,
        "she" or "She" => Gender.Female,
        _ => null,
    };
}
