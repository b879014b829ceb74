using System.Collections.Generic;

namespace NewsGen.Cli.Show;

/// <summary>One person the corpus quotes, as the generated <c>NewsCorpus.Speakers</c> lists them.</summary>
/// <param name="Name">The canonical name, exactly as the articles give it.</param>
/// <param name="Quotes">Every quote of theirs: by article in ordinal order of id, then in text order.</param>
/// <param name="ArticleCount">How many articles quote them (the generated <c>Appearances.Count</c>).</param>
internal sealed record CorpusSpeaker(string Name, IReadOnlyList<CorpusQuote> Quotes, int ArticleCount);
