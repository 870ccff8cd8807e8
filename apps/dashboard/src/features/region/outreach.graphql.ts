import { graphql } from '../../gql';

/** Outreach of one region: the share of its organizations and groups told what the front office offers, per district and month. */
export const RegionOutreachQuery = graphql(`
  query RegionOutreach($region: ID!) {
    outreach(filter: { regions: [$region] }) {
      period {
        from
        to
      }
      organizationCount
      toldCount
      toldShare
      toldInPeriodCount
      lastToldOn
      districts {
        district {
          code
        }
        organizationCount
        toldCount
        toldShare
        lastToldOn
      }
      months {
        month
        organizationCount
        toldCount
        toldShare
        newlyToldCount
      }
    }
  }
`);
