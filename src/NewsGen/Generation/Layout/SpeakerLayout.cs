using System.Collections.Generic;

namespace NewsGen.Generation.Layout;

/// <summary>
/// The one table of what an article stores per speaker, in the order its speakers table holds it: the article
/// emitter writes one string per row and speaker, the views' data splits them into one array per row, and the
/// <c>NewsSpeaker</c> view has a property per row (empty for the "nobody" view of an unattributed quote). A new
/// speaker member is one row here.
/// </summary>
internal static class SpeakerLayout
{
    /// <summary>Every stored speaker member, in table order.</summary>
    public static readonly IReadOnlyList<SpeakerSlot> Slots = new[]
    {
        new SpeakerSlot("Name", s => s.Name, "The speaker's canonical name: the full name the article introduces, without titles (\"Donald Trump\"); empty for nobody."),
        new SpeakerSlot("Role", s => s.Role ?? string.Empty, "The role the article gives (\"White House press secretary\"), or empty."),

        // Stored by name ("Person"), so the table reads as what it says; read into the enum once per article.
        new SpeakerSlot(
            "Kind",
            s => s.Kind.ToString(),
            "What the speaker is: a person the article names, an organisation or publication (<c>Name</c> as written, without \"the\"), a description of someone it does not name (<c>Name</c> is the description: \"a spokesman for the utility\"), or <c>None</c> for nobody.",
            GeneratedNames.SpeakerKindEnum,
            GeneratedNames.ArticleData + "." + SpeakerKindOf + "({0})",
            GeneratedNames.SpeakerKindEnum + ".None"),
    };

    /// <summary>The views' data method that reads a stored kind name into the <c>NewsSpeakerKind</c> enum.</summary>
    public const string SpeakerKindOf = "SpeakerKindOf";

    /// <summary>How many strings each speaker takes in an article's speakers table.</summary>
    public static int Stride => Slots.Count;

    /// <summary>The members of a speaker, for the comment above the table: "name, role".</summary>
    public static string Description
    {
        get
        {
            var names = new List<string>();
            foreach (SpeakerSlot slot in Slots)
            {
                names.Add(Words.Of(slot.Name));
            }

            return string.Join(", ", names);
        }
    }
}
