using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fapi.Analyzers.CodeFixes;

/// <summary>Removes the offending element: an initializer entry, an array element, an argument, or an <c>Add(...)</c> statement.</summary>
internal sealed class RemoveElementFixer : FixRewriter
{
    public override FixKind Kind => FixKind.RemoveElement;

    public override string Title(string code) => "Remove the value the profile forbids";

    public override SyntaxNode? Rewrite(SyntaxNode root, SyntaxNode target, SyntaxNode original, string code, SemanticModel semanticModel)
    {
        for (SyntaxNode? node = target; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case ExpressionSyntax when node.Parent is InitializerExpressionSyntax list:
                    // The last element goes with the comma before it and leaves what followed it (" }" or a line break);
                    // any other goes with the comma after it.
                    return root.RemoveNode(node, Options(list.Expressions, (ExpressionSyntax)node));
                case ExpressionElementSyntax { Parent: CollectionExpressionSyntax list } element:
                    return root.RemoveNode(element, Options(list.Elements, element));
                case ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax invocation } argument:
                    return invocation.Parent is ExpressionStatementSyntax addStatement && IsAdd(invocation)
                        ? RemoveStatement(root, addStatement)
                        : root.RemoveNode(argument, SyntaxRemoveOptions.KeepNoTrivia);
                case ExpressionStatementSyntax statement:
                    return RemoveStatement(root, statement);
                case StatementSyntax:
                    return null;
                case AnonymousFunctionExpressionSyntax when node != target:
                    // An expression-bodied lambda's one assignment: removing it would remove the lambda's body.
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The last element (with no trailing comma after it) goes with the comma before it and leaves what followed it,
    /// " }" or a line break; any other element, or the only one, goes with its own trivia and the comma after it.
    /// </summary>
    private static SyntaxRemoveOptions Options<T>(SeparatedSyntaxList<T> list, T node)
        where T : SyntaxNode
    {
        var isLast = list.IndexOf(node) == list.Count - 1 && list.SeparatorCount < list.Count && list.Count > 1;
        return isLast ? SyntaxRemoveOptions.KeepTrailingTrivia : SyntaxRemoveOptions.KeepNoTrivia;
    }

    private static bool IsAdd(InvocationExpressionSyntax invocation)
        => invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" };

    private static SyntaxNode? RemoveStatement(SyntaxNode root, StatementSyntax statement)
        => statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax
            ? root.RemoveNode(statement.Parent is GlobalStatementSyntax global ? global : statement, SyntaxRemoveOptions.KeepNoTrivia)
            : null;
}
