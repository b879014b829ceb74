namespace NewsGen.Parsing.Quotes;

/// <summary>A quotation as the scanner found it: where its marks stand. Mutable only while scanning.</summary>
internal sealed class QuoteSpan
{
    public QuoteSpan(int paragraph, int markOffset, char mark, QuoteSpan? enclosing)
    {
        Paragraph = paragraph;
        MarkOffset = markOffset;
        Mark = mark;
        Enclosing = enclosing;
    }

    public int Paragraph { get; }

    /// <summary>Offset of the opening mark; the text starts one after it.</summary>
    public int MarkOffset { get; }

    public char Mark { get; }

    public MarkFamily Family => QuoteMarks.Family(Mark);

    public QuoteSpan? Enclosing { get; }

    public int EndParagraph { get; private set; }

    /// <summary>Offset of the closing mark in <see cref="EndParagraph"/>.</summary>
    public int EndOffset { get; private set; }

    /// <summary>Paragraph of the last opening mark: the first one, or the mark that reopened a run-on quotation.</summary>
    public int LastOpeningParagraph { get; private set; } = -1;

    /// <summary>Offset of the last opening mark in <see cref="LastOpeningParagraph"/>.</summary>
    public int LastOpeningOffset { get; private set; }

    /// <summary>The quotation runs on: the paragraph <paramref name="paragraph"/> reopens it with the mark at <paramref name="offset"/>.</summary>
    public void Reopen(int paragraph, int offset)
    {
        LastOpeningParagraph = paragraph;
        LastOpeningOffset = offset;
    }

    public void Close(int paragraph, int offset)
    {
        EndParagraph = paragraph;
        EndOffset = offset;
    }
}
