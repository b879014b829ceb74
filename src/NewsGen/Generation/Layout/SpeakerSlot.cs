using System;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Generation.Layout;

/// <summary>
/// One member of the <c>NewsSpeaker</c> view: the string each article's speaker table holds for it, the array of
/// the views' data that keeps it, and the view's property. Everything that names, fills or reads it comes from
/// this one row of <see cref="SpeakerLayout"/>.
/// </summary>
/// <param name="Name">The view's member name; the data's array is <c>Speaker</c> + the name + <c>s</c>.</param>
/// <param name="Value">The member's text for a speaker of the parse model (never null: empty when absent).</param>
/// <param name="ViewSummary">The XML doc summary of the view's property.</param>
/// <param name="TypeName">The view property's type, and the type of the data array's items.</param>
/// <param name="ReadFormat">How the views' data turns the stored text (<c>{0}</c>) into <paramref name="TypeName"/> once, when the article is first used.</param>
/// <param name="Nobody">The view's value for nobody (the speaker of a quote without one).</param>
internal sealed record SpeakerSlot(string Name, Func<ArticleSpeaker, string> Value, string ViewSummary, string TypeName = "string", string ReadFormat = "{0}", string Nobody = "string.Empty")
{
    /// <summary>The views' data array that holds this member for every speaker of an article.</summary>
    public string DataArray => "Speaker" + Name + "s";
}
