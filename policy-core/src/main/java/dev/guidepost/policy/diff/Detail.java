package dev.guidepost.policy.diff;

/** A fact about a policy or its organisation that a {@link DetailChange} reports. */
public enum Detail {
  /** The organisation's name. */
  ORGANISATION_NAME,
  /** The organisation's home country, as its ISO 3166-1 alpha-2 code. */
  COUNTRY,
  /** The other countries where the organisation's people work, as codes in the order given. */
  OTHER_COUNTRIES,
  /** The organisation's sector, as its id. */
  SECTOR,
  /** How the organisation's employees are represented, as its id. */
  EMPLOYEE_REPRESENTATION,
  /** The number of employees. */
  EMPLOYEES,
  /** The policy's version. */
  VERSION,
  /** The date from which the policy applies, as an ISO 8601 date. */
  EFFECTIVE_FROM,
  /** Who owns the policy. */
  OWNER,
  /** The languages the policy is published in, as codes in the order given. */
  LANGUAGES,
  /** The language that prevails where translations differ, as its code. */
  AUTHORITATIVE_LANGUAGE
}
