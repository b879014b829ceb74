using NewsGen.Model;

namespace NewsGen.Parsing.Metadata;

/// <summary>
/// What <see cref="FrontMatterReader.Read"/> found: the metadata, where the article's own text starts, and the
/// faults. Value-equatable. Without a block (or with an unclosed one) the body is the whole text: nothing is lost.
/// </summary>
/// <param name="HasBlock">True when the text opens with a closed <c>---</c> block.</param>
/// <param name="Metadata">The block's values (<see cref="FrontMatter.None"/> without a block).</param>
/// <param name="BodyStart">Index in the text where the article's own text starts (after the closing line's line end).</param>
/// <param name="BodyStartLine">1-based line on which the article's own text starts.</param>
/// <param name="Problems">The faults, in the order of the text.</param>
public sealed record FrontMatterResult(bool HasBlock, FrontMatter Metadata, int BodyStart, int BodyStartLine, EquatableArray<MetadataProblem> Problems);
