using System.Globalization;
using System.Text;

namespace NewsGen.Tests.PropertyBased;

/// <summary>Shows failing inputs as C# literals, so invisible, control and surrogate characters can be read and pasted into a regression test.</summary>
internal static class Printable
{
    private const int MaxShown = 2_000;

    public static string Text(string text)
    {
        if (text.Length > MaxShown)
        {
            return Text(text.Substring(0, MaxShown)) + " + " + (text.Length - MaxShown).ToString(CultureInfo.InvariantCulture) + " more characters";
        }

        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c is >= ' ' and <= '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }
}
