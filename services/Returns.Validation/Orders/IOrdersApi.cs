using Returns.Contracts.Model;

namespace Returns.Validation.Orders;

/// <summary>The Orders API as the validation step needs it: look an order up by its number.</summary>
public interface IOrdersApi
{
    /// <summary>
    /// The whole order as the Orders API knows it, or null when the API says it does not exist.
    /// Throws for anything else that is not a success, transient or not.
    /// </summary>
    Task<OrderSnapshot?> FindOrderAsync(string orderNumber, CancellationToken cancellationToken);
}
